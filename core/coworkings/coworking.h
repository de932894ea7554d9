#pragma once

#include "bookingpolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace coworking {

using namespace Qt::StringLiterals;

struct CoworkingImage
{
    QString id;
    QString url;

    bool operator==(const CoworkingImage &) const = default;
};

struct Coworking
{
    QString id;
    QString ownerId;
    QString name;
    QString description;
    QString address;
    QTime opensAt;
    QTime closesAt;
    // An IANA zone ("Europe/Moscow"), or a fixed offset ("UTC+03:00") for the legacy form of
    // opening hours that carried an offset instead of a zone.
    QString timezone = u"UTC"_s;
    BookingPolicy policy;
    QString floorPlanUrl;
    QList<CoworkingImage> images;
    QDateTime createdAt;

    bool operator==(const Coworking &) const = default;
};

// A coworking someone runs, and how: as its owner or as one of its managers.
struct StaffedCoworking
{
    Coworking coworking;
    bool owner = false;

    bool operator==(const StaffedCoworking &) const = default;
};

} // namespace coworking
