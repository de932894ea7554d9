#pragma once

#include "spots/spot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace coworking {

// The content of the demo site (`coworking-server seed-demo`): who signs in, which coworkings
// exist and how their floors are laid out. Pure data; DemoSeeder writes it through the services.

enum class DemoRole { Admin, Business, Manager, Member };

struct DemoUser
{
    QString email;
    QString password;
    QString fullName;
    DemoRole role = DemoRole::Member;
};

enum class DemoSpotKind { Desk, StandingDesk, PhoneBooth, MeetingRoom, Office };

struct DemoSpot
{
    QString name;
    QString description;
    DemoSpotKind kind = DemoSpotKind::Desk;
    SpotPlacement map; // pixels of the floor plan, rotation 0 (turned around the centre)
    bool active = true;
};

// Drawn on the floor plan only; not bookable.
struct DemoDecor
{
    enum Kind { Room, Door, Window, Table, Chair, Sofa, Counter, Plant };
    Kind kind;
    QRectF rect; // Chair and Plant: the disc inscribed in rect
};

struct DemoCoworking
{
    QString name;
    QString description;
    QString address;
    QString timezone;
    QString opensAt; // "HH:MM", local
    QString closesAt;
    QJsonObject bookingPolicy; // as POST /coworkings takes it
    QString ownerEmail;
    QStringList managerEmails;
    QStringList options;
    QStringList memberEmails; // members who usually work here
    // The part of the day when members usually come, in local minutes (a 24/7 site is busy
    // mostly in the daytime too).
    int busyFromMinutes = 9 * 60;
    int busyUntilMinutes = 18 * 60;
    int planWidth = 1200;
    int planHeight = 800;
    QList<DemoSpot> spots;
    QList<DemoDecor> decor;
};

struct DemoSite
{
    QList<DemoUser> users;
    QList<DemoCoworking> coworkings;
    // The member whose bookings are planned by hand (before, now, later, cancelled), so a
    // newcomer signing in as this member always sees every kind.
    QString featuredMemberEmail;
    QString featuredCoworking; // name of the coworking open round the clock
};

DemoSite demoSite();

// The floor plan of a coworking as a PNG: walls, windows, rooms and every spot where its
// placement says.
QByteArray renderFloorPlan(const DemoCoworking &coworking);

} // namespace coworking
