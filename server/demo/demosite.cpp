#include "demosite.h"

#include "floorplanimage.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr double OuterWall = 14;
constexpr double InnerWall = 8;

enum class Chairs { None, Above, Below };

// Lays out one floor: rows of desks, walled rooms (each a bookable spot inside its walls) and
// furniture, in pixels of the floor-plan image.
class PlanBuilder final
{
public:
    explicit PlanBuilder(DemoCoworking &c) : m_c(c) { }

    // Desks named prefix + first, prefix + (first + 1)... from left to right.
    void deskRow(const QString &prefix, int first, int count, double x, double y, double width,
                 double height, double step, Chairs chairs, const QString &description,
                 DemoSpotKind kind = DemoSpotKind::Desk)
    {
        for (int i = 0; i < count; ++i) {
            const double left = x + i * step;
            DemoSpot spot;
            spot.name = prefix + QString::number(first + i);
            spot.description = description;
            spot.kind = kind;
            spot.map = { left, y, width, height, 0 };
            m_c.spots.append(spot);
            const double cx = left + width / 2;
            if (chairs == Chairs::Above)
                chair(cx, y - 16);
            else if (chairs == Chairs::Below)
                chair(cx, y + height + 16);
        }
    }

    // A walled room whose floor inside the walls is the spot; `door` cuts the wall.
    DemoSpot &room(const QRectF &outer, const QRectF &door, const QString &name,
                   const QString &description, DemoSpotKind kind)
    {
        m_c.decor.append({ DemoDecor::Room, outer });
        m_c.decor.append({ DemoDecor::Door, door });
        const QRectF inner = outer.adjusted(InnerWall, InnerWall, -InnerWall, -InnerWall);
        DemoSpot spot;
        spot.name = name;
        spot.description = description;
        spot.kind = kind;
        spot.map = { inner.x(), inner.y(), inner.width(), inner.height(), 0 };
        m_c.spots.append(spot);
        return m_c.spots.last();
    }

    // A table with `perSide` chairs along each long side and one at each end when `ends`.
    void meetingTable(const QRectF &table, int perSide, bool ends)
    {
        m_c.decor.append({ DemoDecor::Table, table });
        const bool wide = table.width() >= table.height();
        for (int i = 0; i < perSide; ++i) {
            const double t = (i + 0.5) / perSide;
            if (wide) {
                const double cx = table.left() + t * table.width();
                chair(cx, table.top() - 14);
                chair(cx, table.bottom() + 14);
            } else {
                const double cy = table.top() + t * table.height();
                chair(table.left() - 14, cy);
                chair(table.right() + 14, cy);
            }
        }
        if (ends) {
            if (wide) {
                chair(table.left() - 14, table.center().y());
                chair(table.right() + 14, table.center().y());
            } else {
                chair(table.center().x(), table.top() - 14);
                chair(table.center().x(), table.bottom() + 14);
            }
        }
    }

    void chair(double cx, double cy) { disc(DemoDecor::Chair, cx, cy, 10); }
    void plant(double cx, double cy) { disc(DemoDecor::Plant, cx, cy, 16); }
    void add(DemoDecor::Kind kind, const QRectF &rect) { m_c.decor.append({ kind, rect }); }

private:
    void disc(DemoDecor::Kind kind, double cx, double cy, double r)
    {
        m_c.decor.append({ kind, QRectF(cx - r, cy - r, 2 * r, 2 * r) });
    }

    DemoCoworking &m_c;
};

QJsonObject policy(int slot, int minMinutes, int maxMinutes, int daysAhead, int maxActive,
                   bool checkin, int autoRelease)
{
    return {
        { u"slot_minutes"_s, slot },
        { u"min_duration_minutes"_s, minMinutes },
        { u"max_duration_minutes"_s, maxMinutes },
        { u"max_days_in_advance"_s, daysAhead },
        { u"max_active_bookings_per_user"_s, maxActive },
        { u"checkin_required"_s, checkin },
        { u"auto_release_minutes"_s, autoRelease },
    };
}

QStringList emails(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names)
        result.append(name + u"@demo.coworking"_s);
    return result;
}

DemoCoworking moscow()
{
    DemoCoworking c;
    c.name = u"Tsvetnoy Loft"_s;
    c.address = u"Tsvetnoy Boulevard 11, bldg. 2, 4th floor, Moscow 127051"_s;
    c.description =
            u"A bright loft on the fourth floor of a converted printing house, five minutes from "
            "Tsvetnoy Bulvar metro. A quiet open space with twenty desks (two of them sit-stand), "
            "the Arbat meeting room for eight, three phone booths and a coffee point with free "
            "filter coffee. Check in at the front desk or the kiosk within 20 minutes of the "
            "start of your booking, or the spot is released."_s;
    c.timezone = u"Europe/Moscow"_s;
    c.opensAt = u"08:00"_s;
    c.closesAt = u"22:00"_s;
    c.bookingPolicy = policy(30, 60, 720, 14, 3, true, 20);
    c.ownerEmail = u"irina@demo.coworking"_s;
    c.managerEmails = { u"pavel@demo.coworking"_s };
    c.options = { u"Monitor"_s, u"Locker"_s, u"Printing pack (50 pages)"_s };
    c.memberEmails = emails({ u"alexey"_s, u"daria"_s, u"egor"_s, u"kira"_s, u"lev"_s, u"maria"_s,
                              u"nikita"_s, u"olga"_s, u"sergey"_s, u"yana"_s });
    c.busyFromMinutes = 9 * 60;
    c.busyUntilMinutes = 20 * 60;
    c.planWidth = 1200;
    c.planHeight = 800;

    PlanBuilder plan(c);
    for (const double x : { 80.0, 320.0, 560.0 })
        plan.add(DemoDecor::Window, { x, 0, 160, OuterWall });
    plan.add(DemoDecor::Window, { 0, 120, OuterWall, 200 });
    const QString windowDesk = u"Open-space desk by the windows"_s;
    const QString desk = u"Open-space desk"_s;
    plan.deskRow(u"A"_s, 1, 5, 60, 90, 110, 60, 120, Chairs::Above, windowDesk);
    plan.deskRow(u"B"_s, 1, 5, 60, 150, 110, 60, 120, Chairs::Below, desk);
    plan.deskRow(u"C"_s, 1, 5, 60, 330, 110, 60, 120, Chairs::Above, desk);
    plan.deskRow(u"D"_s, 1, 3, 60, 390, 110, 60, 120, Chairs::Below, desk);
    plan.deskRow(u"D"_s, 4, 2, 420, 390, 110, 60, 120, Chairs::None, u"Electric sit-stand desk"_s,
                 DemoSpotKind::StandingDesk);

    plan.room({ 780, OuterWall, 406, 330 }, { 840, 336, 80, InnerWall }, u"Meeting room Arbat"_s,
              u"Meeting room for 8 with a 65-inch screen, a whiteboard and a conference "
              "speaker"_s,
              DemoSpotKind::MeetingRoom);
    plan.meetingTable({ 880, 120, 200, 100 }, 3, true);
    for (int i = 0; i < 3; ++i) {
        const double x = 780 + i * 135;
        plan.room({ x, 640, 120, 800 - OuterWall - 640 }, { x + 30, 640, 60, InnerWall },
                  u"Phone booth %1"_s.arg(i + 1),
                  u"Soundproof phone booth for one, with a shelf desk and a power socket"_s,
                  DemoSpotKind::PhoneBooth);
        plan.add(DemoDecor::Table, { x + 20, 740, 80, 24 });
        plan.chair(x + 60, 718);
    }
    // Reception, lounge and the coffee point.
    plan.add(DemoDecor::Counter, { 830, 430, 260, 50 });
    plan.add(DemoDecor::Sofa, { 60, 600, 220, 56 });
    plan.add(DemoDecor::Sofa, { 60, 700, 220, 56 });
    plan.add(DemoDecor::Table, { 110, 668, 120, 22 });
    plan.add(DemoDecor::Counter, { 360, 716, 280, 50 });
    plan.add(DemoDecor::Door, { 670, 800 - OuterWall, 90, OuterWall });
    plan.plant(740, 60);
    plan.plant(40 + OuterWall, 560);
    plan.plant(1130, 450);
    plan.plant(330, 640);
    return c;
}

DemoCoworking berlin()
{
    DemoCoworking c;
    c.name = u"Spreeblick Coworking"_s;
    c.address = u"Schlesische Straße 26, 10997 Berlin"_s;
    c.description =
            u"Open 24/7 for members: a canal-side floor in Kreuzberg with long shared tables, "
            "two meeting rooms, a focus room and three phone booths. Fast fibre, sit-stand desks, "
            "lockers and a kitchen where the oat milk never runs out. Desk D5 is out of service "
            "while its monitor arm is replaced."_s;
    c.timezone = u"Europe/Berlin"_s;
    c.opensAt = u"00:00"_s;
    c.closesAt = u"00:00"_s; // round the clock
    c.bookingPolicy = policy(15, 30, 720, 30, 4, false, 15);
    c.ownerEmail = u"jonas@demo.coworking"_s;
    c.options = { u"Monitor"_s, u"Locker"_s, u"Standing desk"_s, u"Bike parking"_s };
    c.memberEmails = emails({ u"ben"_s, u"clara"_s, u"david"_s, u"elif"_s, u"finn"_s, u"greta"_s,
                              u"hannes"_s, u"ines"_s, u"jakob"_s });
    c.busyFromMinutes = 8 * 60;
    c.busyUntilMinutes = 21 * 60;
    c.planWidth = 1400;
    c.planHeight = 900;

    PlanBuilder plan(c);
    for (const double x : { 60.0, 300.0, 540.0, 880.0, 1140.0 })
        plan.add(DemoDecor::Window, { x, 0, 180, OuterWall });
    plan.add(DemoDecor::Window, { 1400 - OuterWall, 360, OuterWall, 300 });
    const QString desk = u"Shared long-table desk"_s;
    const QString canal = u"Shared long-table desk with a view of the canal"_s;
    plan.deskRow(u"A"_s, 1, 6, 60, 100, 100, 60, 110, Chairs::Above, canal);
    plan.deskRow(u"B"_s, 1, 6, 60, 160, 100, 60, 110, Chairs::Below, desk);
    plan.deskRow(u"C"_s, 1, 5, 60, 360, 100, 60, 110, Chairs::Above, desk);
    plan.deskRow(u"C"_s, 6, 1, 610, 360, 100, 60, 110, Chairs::None, u"Electric sit-stand desk"_s,
                 DemoSpotKind::StandingDesk);
    plan.deskRow(u"D"_s, 1, 5, 60, 420, 100, 60, 110, Chairs::Below, desk);
    plan.deskRow(u"D"_s, 6, 1, 610, 420, 100, 60, 110, Chairs::None, u"Electric sit-stand desk"_s,
                 DemoSpotKind::StandingDesk);
    for (DemoSpot &spot : c.spots) {
        if (spot.name == u"D5")
            spot.active = false; // out of service: shows on the map, cannot be booked
    }

    plan.room({ 820, OuterWall, 566, 300 }, { 900, 306, 90, InnerWall }, u"Meeting room Spree"_s,
              u"Meeting room for 10 with a projector, a whiteboard wall and a view of the "
              "Spree"_s,
              DemoSpotKind::MeetingRoom);
    plan.meetingTable({ 960, 110, 280, 110 }, 4, true);
    plan.room({ 820, 314, 300, 220 }, { 830, 526, 70, InnerWall }, u"Meeting room Oberbaum"_s,
              u"Meeting room for 4 with a 55-inch screen"_s, DemoSpotKind::MeetingRoom);
    plan.meetingTable({ 915, 390, 110, 70 }, 2, false);
    plan.room({ 1120, 314, 266, 220 }, { 1130, 526, 70, InnerWall }, u"Focus room"_s,
              u"A quiet room for one or two: no calls, no meetings, just work"_s,
              DemoSpotKind::Office);
    plan.add(DemoDecor::Table, { 1190, 370, 130, 60 });
    plan.chair(1255, 450);
    for (int i = 0; i < 3; ++i) {
        const double x = 1000 + i * 130;
        plan.room({ x, 740, 120, 900 - OuterWall - 740 }, { x + 30, 740, 60, InnerWall },
                  u"Phone booth %1"_s.arg(i + 1),
                  u"Soundproof phone booth for one, with a shelf desk and a power socket"_s,
                  DemoSpotKind::PhoneBooth);
        plan.add(DemoDecor::Table, { x + 20, 840, 80, 24 });
        plan.chair(x + 60, 818);
    }
    // The kitchen with its big table, and the lounge.
    plan.add(DemoDecor::Counter, { 60, 830, 380, 50 });
    plan.meetingTable({ 120, 650, 260, 80 }, 4, false);
    plan.add(DemoDecor::Sofa, { 520, 620, 220, 56 });
    plan.add(DemoDecor::Sofa, { 520, 740, 220, 56 });
    plan.add(DemoDecor::Table, { 570, 690, 120, 30 });
    plan.add(DemoDecor::Door, { 800, 900 - OuterWall, 100, OuterWall });
    plan.plant(770, 60);
    plan.plant(770, 580);
    plan.plant(480, 860);
    plan.plant(40, 560);
    return c;
}

DemoCoworking newYork()
{
    DemoCoworking c;
    c.name = u"Canal Street Commons"_s;
    c.address = u"401 Broadway, Suite 500, New York, NY 10013"_s;
    c.description =
            u"A sunny fifth-floor space at the corner of Broadway and Canal, between SoHo and "
            "Tribeca. Fourteen bench desks, two lockable private offices for small teams, the "
            "Hudson conference room and three phone booths. The front desk is staffed from 7am "
            "to 9pm; coffee from the roaster downstairs is on the house."_s;
    c.timezone = u"America/New_York"_s;
    c.opensAt = u"07:00"_s;
    c.closesAt = u"21:00"_s;
    c.bookingPolicy = policy(30, 30, 600, 21, 3, false, 15);
    c.ownerEmail = u"rachel@demo.coworking"_s;
    c.options = { u"Monitor"_s, u"Locker"_s, u"Mail handling"_s };
    c.memberEmails = emails({ u"chris"_s, u"emily"_s, u"grace"_s, u"jamal"_s, u"lucas"_s, u"mia"_s,
                              u"noah"_s, u"priya"_s, u"sam"_s, u"tyler"_s });
    c.busyFromMinutes = 8 * 60;
    c.busyUntilMinutes = 19 * 60;
    c.planWidth = 1200;
    c.planHeight = 800;

    PlanBuilder plan(c);
    for (const double x : { 70.0, 290.0, 510.0 })
        plan.add(DemoDecor::Window, { x, 0, 170, OuterWall });
    plan.add(DemoDecor::Window, { 0, 90, OuterWall, 220 });
    plan.deskRow(u"Bench A"_s, 1, 7, 60, 110, 90, 60, 100, Chairs::Above,
                 u"Bench desk by the Broadway windows"_s);
    plan.deskRow(u"Bench B"_s, 1, 7, 60, 170, 90, 60, 100, Chairs::Below, u"Bench desk"_s);

    for (int i = 0; i < 2; ++i) {
        const double x = 60 + i * 280;
        plan.room({ x, 400, 270, 220 }, { x + 100, 400, 80, InnerWall },
                  u"Office %1"_s.arg(501 + i),
                  u"Lockable private office for up to 4, with its own whiteboard"_s,
                  DemoSpotKind::Office);
        plan.meetingTable({ x + 75, 480, 120, 70 }, 2, false);
    }
    plan.room({ 800, OuterWall, 386, 360 }, { 860, 366, 80, InnerWall },
              u"Conference room Hudson"_s,
              u"Conference room for 12 with a video-conferencing system and two screens"_s,
              DemoSpotKind::MeetingRoom);
    plan.meetingTable({ 880, 110, 230, 120 }, 4, true);
    for (int i = 0; i < 3; ++i) {
        const double x = 800 + i * 130;
        plan.room({ x, 640, 120, 800 - OuterWall - 640 }, { x + 30, 640, 60, InnerWall },
                  u"Phone booth %1"_s.arg(i + 1),
                  u"Soundproof phone booth for one, with a shelf desk and a power socket"_s,
                  DemoSpotKind::PhoneBooth);
        plan.add(DemoDecor::Table, { x + 20, 740, 80, 24 });
        plan.chair(x + 60, 718);
    }
    plan.add(DemoDecor::Counter, { 820, 450, 240, 50 });
    plan.add(DemoDecor::Sofa, { 640, 420, 56, 200 });
    plan.add(DemoDecor::Counter, { 60, 716, 300, 50 });
    plan.add(DemoDecor::Door, { 600, 800 - OuterWall, 100, OuterWall });
    plan.plant(760, 60);
    plan.plant(620, 680);
    plan.plant(1140, 560);
    return c;
}

QList<DemoUser> users()
{
    QList<DemoUser> list{
        { u"admin@demo.coworking"_s, u"demo-admin-1"_s, u"Demo Administrator"_s, DemoRole::Admin },
        { u"irina@demo.coworking"_s, u"demo-owner-1"_s, u"Irina Volkova"_s, DemoRole::Business },
        { u"jonas@demo.coworking"_s, u"demo-owner-1"_s, u"Jonas Becker"_s, DemoRole::Business },
        { u"rachel@demo.coworking"_s, u"demo-owner-1"_s, u"Rachel Goldberg"_s, DemoRole::Business },
        { u"pavel@demo.coworking"_s, u"demo-manager-1"_s, u"Pavel Orlov"_s, DemoRole::Manager },
    };
    const QList<std::pair<QString, QString>> members{
        // The featured member first: the one the README points at.
        { u"anna"_s, u"Anna Petrova"_s },     { u"alexey"_s, u"Alexey Ivanov"_s },
        { u"daria"_s, u"Daria Smirnova"_s },  { u"egor"_s, u"Egor Kuznetsov"_s },
        { u"kira"_s, u"Kira Sokolova"_s },    { u"lev"_s, u"Lev Morozov"_s },
        { u"maria"_s, u"Maria Popova"_s },    { u"nikita"_s, u"Nikita Volkov"_s },
        { u"olga"_s, u"Olga Fedorova"_s },    { u"sergey"_s, u"Sergey Lebedev"_s },
        { u"yana"_s, u"Yana Kozlova"_s },     { u"ben"_s, u"Ben Hoffmann"_s },
        { u"clara"_s, u"Clara Weber"_s },     { u"david"_s, u"David Kowalski"_s },
        { u"elif"_s, u"Elif Yilmaz"_s },      { u"finn"_s, u"Finn Schneider"_s },
        { u"greta"_s, u"Greta Lindqvist"_s }, { u"hannes"_s, u"Hannes Braun"_s },
        { u"ines"_s, u"Inés García"_s },      { u"jakob"_s, u"Jakob Richter"_s },
        { u"chris"_s, u"Chris Johnson"_s },   { u"emily"_s, u"Emily Davis"_s },
        { u"grace"_s, u"Grace Kim"_s },       { u"jamal"_s, u"Jamal Washington"_s },
        { u"lucas"_s, u"Lucas Rivera"_s },    { u"mia"_s, u"Mia Chen"_s },
        { u"noah"_s, u"Noah Miller"_s },      { u"priya"_s, u"Priya Patel"_s },
        { u"sam"_s, u"Sam O'Brien"_s },       { u"tyler"_s, u"Tyler Brooks"_s },
    };
    for (const auto &[name, fullName] : members)
        list.append({ name + u"@demo.coworking"_s, u"demo-user-1"_s, fullName, DemoRole::Member });
    return list;
}

using Rgb = FloorPlanImage::Rgb;

Rgb spotFill(DemoSpotKind kind, bool active)
{
    if (!active)
        return { 205, 205, 205 };
    switch (kind) {
    case DemoSpotKind::Desk:
        return { 222, 190, 140 };
    case DemoSpotKind::StandingDesk:
        return { 178, 208, 150 };
    case DemoSpotKind::PhoneBooth:
        return { 204, 222, 242 };
    case DemoSpotKind::MeetingRoom:
        return { 228, 235, 245 };
    case DemoSpotKind::Office:
        return { 238, 230, 216 };
    }
    return {};
}

Rgb spotOutline(DemoSpotKind kind)
{
    switch (kind) {
    case DemoSpotKind::Desk:
        return { 160, 120, 70 };
    case DemoSpotKind::StandingDesk:
        return { 100, 140, 80 };
    case DemoSpotKind::PhoneBooth:
    case DemoSpotKind::MeetingRoom:
        return { 150, 170, 200 };
    case DemoSpotKind::Office:
        return { 190, 170, 140 };
    }
    return {};
}

} // namespace

DemoSite demoSite()
{
    DemoSite site;
    site.users = users();
    site.coworkings = { moscow(), berlin(), newYork() };
    site.featuredMemberEmail = u"anna@demo.coworking"_s;
    site.featuredCoworking = site.coworkings.at(1).name;
    return site;
}

QByteArray renderFloorPlan(const DemoCoworking &c)
{
    const Rgb floor{ 246, 243, 236 };
    const Rgb wall{ 72, 76, 86 };
    FloorPlanImage image(c.planWidth, c.planHeight, floor);

    for (const DemoSpot &spot : c.spots) {
        const bool room = spot.kind == DemoSpotKind::MeetingRoom
                || spot.kind == DemoSpotKind::PhoneBooth || spot.kind == DemoSpotKind::Office;
        image.fillPlacement(spot.map, spotFill(spot.kind, spot.active), spotOutline(spot.kind),
                            room ? 1 : 2);
    }
    for (const DemoDecor &d : c.decor) {
        switch (d.kind) {
        case DemoDecor::Table:
            image.fillPlacement({ d.rect.x(), d.rect.y(), d.rect.width(), d.rect.height(), 0 },
                                { 196, 160, 118 }, { 140, 104, 64 });
            break;
        case DemoDecor::Counter:
            image.fillPlacement({ d.rect.x(), d.rect.y(), d.rect.width(), d.rect.height(), 0 },
                                { 200, 200, 204 }, { 130, 130, 138 });
            break;
        case DemoDecor::Sofa:
            image.fillPlacement({ d.rect.x(), d.rect.y(), d.rect.width(), d.rect.height(), 0 },
                                { 168, 140, 190 }, { 112, 88, 136 }, 6);
            break;
        case DemoDecor::Chair:
            image.fillDisc(d.rect.center().x(), d.rect.center().y(), d.rect.width() / 2,
                           { 110, 114, 124 });
            break;
        case DemoDecor::Plant:
            image.fillDisc(d.rect.center().x(), d.rect.center().y(), d.rect.width() / 2,
                           { 88, 150, 92 });
            image.fillDisc(d.rect.center().x(), d.rect.center().y(), d.rect.width() / 4,
                           { 60, 118, 66 });
            break;
        case DemoDecor::Room:
        case DemoDecor::Door:
        case DemoDecor::Window:
            break;
        }
    }
    // Walls last, so furniture never covers them; then the openings in them.
    for (const DemoDecor &d : c.decor) {
        if (d.kind == DemoDecor::Room)
            image.strokeRect(d.rect, InnerWall, wall);
    }
    image.strokeRect({ 0, 0, double(c.planWidth), double(c.planHeight) }, OuterWall, wall);
    for (const DemoDecor &d : c.decor) {
        if (d.kind == DemoDecor::Window) // glass: a light strip along the middle of the wall
            image.fillRect(d.rect.width() > d.rect.height() ? d.rect.adjusted(0, 4, 0, -4)
                                                            : d.rect.adjusted(4, 0, -4, 0),
                           { 170, 212, 238 });
        else if (d.kind == DemoDecor::Door)
            image.fillRect(d.rect, floor);
    }
    return image.toPng();
}

} // namespace coworking
