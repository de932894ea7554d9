#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace coworking {

// Occupancy of a coworking over a range of its local dates (GET /coworkings/{id}/stats).
// Minutes are whole minutes rounded down; utilisations are fractions from 0 to 1.
struct SpotStats
{
    QString spotId;
    QString name;
    qint64 bookedMinutes = 0;
    double utilisation = 0; // booked time / the range's opening time
    int bookings = 0; // bookings that start in the range, whatever became of them
    int cancellations = 0;
    int noShows = 0;
    int checkIns = 0;

    bool operator==(const SpotStats &) const = default;
};

// One hour of the local week: every Monday 09:00-10:00 of the range, for instance.
struct HourStats
{
    int weekday = 1; // ISO: 1 = Monday ... 7 = Sunday
    int hour = 0; // local clock hour, 0..23
    qint64 openMinutes = 0; // opening time of these hours in the range, times the counted spots
    qint64 bookedMinutes = 0;
    double utilisation = 0;

    bool operator==(const HourStats &) const = default;
};

struct CoworkingStats
{
    QString coworkingId;
    QString timezone;
    QDate from; // first local date
    QDate until; // last local date, included
    qint64 openMinutes = 0; // opening time of the range times the counted spots
    qint64 bookedMinutes = 0;
    double utilisation = 0;
    int bookings = 0;
    int cancellations = 0;
    int noShows = 0;
    int checkIns = 0;
    QList<SpotStats> bySpot; // every spot, in the floor's order (position, name)
    QList<HourStats> byHour; // 168 entries: weekday 1..7, then hour 0..23

    bool operator==(const CoworkingStats &) const = default;
};

} // namespace coworking
