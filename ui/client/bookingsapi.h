#pragma once

#include "resourceapi.h"

namespace coworking::client {

// /bookings, its series and the kiosk's look-up by code.
class BookingsApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    // Staff: GET /bookings with user and spot embedded.
    void list(const BookingsQuery &query, PageRequest page, QObject *context,
              Callback<Page<BookingDetails>> done);
    // The same filtered list as CSV (Accept: text/csv), every match (no paging).
    void exportCsv(const BookingsQuery &query, QObject *context, Callback<QByteArray> done);
    void get(const QString &id, QObject *context, Callback<Booking> done);
    // An `idempotencyKey` makes a retry return the first answer instead of booking twice.
    void create(const NewBooking &booking, const QString &idempotencyKey, QObject *context,
                Callback<Booking> done);
    void precheck(const NewBooking &booking, QObject *context, Callback<PrecheckOutcome> done);
    // Reschedule (PATCH /bookings/{id}) to `range` and, unless empty, to another spot of the same
    // coworking, in one step: the booking keeps its id, options and check-in.
    void move(const QString &id, const TimeRange &range, const QString &spotId, QObject *context,
              Callback<Booking> done);
    // DELETE /bookings/{id}; `reason` (up to 500 characters, blank for none) is kept with the
    // booking and told to the member.
    void cancel(const QString &id, const QString &reason, QObject *context, Callback<Done> done);
    void addOption(const QString &id, const QString &optionId, QObject *context,
                   Callback<Booking> done);
    void removeOption(const QString &id, const QString &optionId, QObject *context,
                      Callback<Booking> done);
    void availableTimes(const QString &id, QObject *context, Callback<QList<TimeRange>> done);
    void checkIn(const QString &id, QObject *context, Callback<Booking> done);
    // Staff of the coworking: the booking with that code there.
    void byCode(const QString &coworkingId, const QString &code, QObject *context,
                Callback<Booking> done);
    void createSeries(const NewBooking &first, const SeriesRepeat &repeat, QObject *context,
                      Callback<SeriesResult> done);
    void precheckSeries(const NewBooking &first, const SeriesRepeat &repeat, QObject *context,
                        Callback<QList<SeriesOccurrence>> done);
    // Cancels the series' active occurrences from `from` on.
    void cancelSeries(const QString &seriesId, const QDateTime &from, QObject *context,
                      Callback<Done> done);
    // text/calendar with one VEVENT.
    void ical(const QString &id, QObject *context, Callback<QByteArray> done);
};

} // namespace coworking::client
