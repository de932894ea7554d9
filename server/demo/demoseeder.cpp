#include "demoseeder.h"

#include "access/accesspolicy.h"
#include "auth/passwordhasher.h"
#include "bookings/bookingoutcomes.h"
#include "bookings/bookingrules.h"
#include "bookings/bookingservice.h"
#include "sqlrepositories.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "coworkings/coworkingjson.h"
#include "coworkings/coworkingrepository.h"
#include "coworkings/coworkingservice.h"
#include "coworkings/openinghours.h"
#include "database.h"
#include "demosite.h"
#include "options/optionservice.h"
#include "spots/spotjson.h"
#include "spots/spotservice.h"
#include "storage/filestorage.h"
#include "storage/imagetype.h"
#include "users/userrepository.h"
#include "users/userservice.h"

#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDemo, "coworking.demo")

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr qint64 MsecsPerMinute = 60 * 1000;
constexpr qint64 MinuteSecs = 60;
constexpr qint64 HourSecs = 3600;
// Every demo booking starts and ends on this local grid; each coworking's slot divides it.
constexpr int GridMinutes = 30;

// The demo users share a password per role: hashing each distinct one once keeps seeding
// fast (Argon2id is slow on purpose). Only for the demo, whose passwords are public anyway.
class MemoHasher final : public PasswordHasher
{
public:
    explicit MemoHasher(PasswordHasher &inner) : m_inner(inner) { }
    QString hash(const QString &password) override
    {
        auto it = m_hashes.constFind(password);
        if (it == m_hashes.constEnd())
            it = m_hashes.insert(password, m_inner.hash(password));
        return *it;
    }
    bool verify(const QString &hash, const QString &password) override
    {
        return m_inner.verify(hash, password);
    }

private:
    PasswordHasher &m_inner;
    QHash<QString, QString> m_hashes;
};

qint64 localMsecsOfDay(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).time().msecsSinceStartOfDay();
}

// Moving by the local distance to the grid keeps instants valid on DST days.
QDateTime alignDown(const QDateTime &t, const QTimeZone &zone)
{
    return t.addMSecs(-(localMsecsOfDay(t, zone) % (GridMinutes * MsecsPerMinute)));
}

QDateTime alignUp(const QDateTime &t, const QTimeZone &zone)
{
    const qint64 rest = localMsecsOfDay(t, zone) % (GridMinutes * MsecsPerMinute);
    return rest == 0 ? t : t.addMSecs(GridMinutes * MsecsPerMinute - rest);
}

// The instant the local clock of `hours` reads `minutes` after the midnight of `date`; 1440
// is the next midnight.
QDateTime localTime(const OpeningHours &hours, QDate date, int minutes)
{
    return hours.toUtc(date.addDays(minutes / 1440), QTime(0, 0).addSecs((minutes % 1440) * 60));
}

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    return a < b ? a : b;
}
QDateTime later(const QDateTime &a, const QDateTime &b)
{
    return a < b ? b : a;
}

struct Planned
{
    int site = 0;
    int spot = 0;
    QString userId;
    TimeRange range;
    QDateTime createdAt;
    QDateTime cancelAt; // invalid: never cancelled
    QString cancelledBy;
    QDateTime checkInAt; // invalid: never checked in
    QStringList options;
    QString bookingId; // once made
    bool failed = false;
};

// What the planner knows of a seeded coworking.
struct PlanSite
{
    OpeningHours hours{ QTime(), QTime(), QString() };
    BookingPolicy policy;
    QList<DemoSpotKind> kinds;
    QList<bool> active;
    QStringList memberIds;
    QStringList optionIds;
    QString managerId;
    int busyFrom = 0;
    int busyUntil = 0;
    bool checkinRequired = false;
};

// Plans bookings around `now` that every rule accepts at the moment each is made: opening
// hours, grid, durations, the advance window, no overlap on a spot or of a user, and the
// per-user limit as it stood when the booking was made. Pure: nothing is written here.
class BookingPlanner final
{
public:
    BookingPlanner(QList<PlanSite> sites, QDateTime now)
        : m_sites(std::move(sites)), m_now(std::move(now)), m_random(20240611)
    {
    }

    const QList<Planned> &bookings() const { return m_planned; }
    QList<Planned> &bookings() { return m_planned; }

    // Adds `b` when every rule allows it; false otherwise.
    bool add(const Planned &b)
    {
        if (!allowed(b))
            return false;
        m_planned.append(b);
        return true;
    }

    // Adds a booking of the spot for `range` by the first member free for it.
    bool addForSomeMember(int site, int spot, const TimeRange &range, const QDateTime &createdAt)
    {
        const QStringList &members = m_sites.at(site).memberIds;
        if (members.isEmpty())
            return false;
        const int start = int(m_random.bounded(quint32(members.size())));
        for (int i = 0; i < members.size(); ++i) {
            Planned b;
            b.site = site;
            b.spot = spot;
            b.userId = members.at((start + i) % members.size());
            b.range = range;
            b.createdAt = createdAt;
            b.options = someOptions(site);
            if (add(b))
                return true;
        }
        return false;
    }

    void planSite(int site)
    {
        const PlanSite &s = m_sites.at(site);
        const QDate today = s.hours.localDate(m_now);
        for (const int day : { -2, -1 })
            planTypicalDay(site, today.addDays(day));
        planAroundNow(site, today);
        planTypicalDay(site, today);
        planLaterToday(site, today);
        for (const int day : { 1, 2 })
            planTypicalDay(site, today.addDays(day));
    }

    // A couple of cancellations per coworking: one before it happened, one still ahead. The
    // featured member's bookings stay as planned.
    void cancelSome(int site, const QString &exceptUserId)
    {
        const PlanSite &s = m_sites.at(site);
        bool past = false;
        bool future = false;
        for (Planned &b : m_planned) {
            if (b.site != site || b.cancelAt.isValid() || b.userId == exceptUserId)
                continue;
            const bool isPast = b.range.until <= m_now;
            const bool isFuture = b.range.from > m_now;
            if ((isPast && past) || (isFuture && future) || (!isPast && !isFuture))
                continue;
            const QDateTime latest = earlier(b.range.from, m_now);
            if (b.createdAt.secsTo(latest) < 2 * HourSecs)
                continue;
            b.cancelAt = b.createdAt.addSecs(b.createdAt.secsTo(latest) / 2);
            // The front desk cancels one of them where there is a manager.
            b.cancelledBy = isFuture && !s.managerId.isEmpty() ? s.managerId : b.userId;
            (isPast ? past : future) = true;
            if (past && future)
                return;
        }
    }

    // Started bookings are checked in: all of them where the coworking requires it (else the
    // runner would release them) and those of `alwaysUserId`, most of them elsewhere.
    void checkInStarted(const QString &alwaysUserId)
    {
        for (Planned &b : m_planned) {
            if (b.cancelAt.isValid() || b.checkInAt.isValid() || b.range.from > m_now)
                continue;
            const bool always = m_sites.at(b.site).checkinRequired || b.userId == alwaysUserId;
            if (!always && m_random.bounded(10) < 3)
                continue;
            const QDateTime at = b.range.from.addSecs(m_random.bounded(11) * MinuteSecs);
            b.checkInAt = earlier(at, m_now);
        }
    }

    // The featured member's bookings, placed by hand.
    bool addFixed(int site, int spot, const QString &userId, const TimeRange &range,
                  const QDateTime &createdAt, const QStringList &options = {})
    {
        Planned b;
        b.site = site;
        b.spot = spot;
        b.userId = userId;
        b.range = range;
        b.createdAt = createdAt;
        b.options = options;
        return add(b);
    }

private:
    bool allowed(const Planned &b) const
    {
        const PlanSite &s = m_sites.at(b.site);
        if (!s.active.at(b.spot) || !b.createdAt.isValid() || b.createdAt > m_now)
            return false;
        if (checkBookingWindow(b.range, s.hours, s.policy, b.createdAt))
            return false;
        for (const Planned &o : m_planned) {
            const bool sameSpot = o.site == b.site && o.spot == b.spot;
            if ((sameSpot || o.userId == b.userId) && o.range.overlaps(b.range))
                return false;
        }
        return withinUserLimit(b);
    }

    // At the moment each of the user's bookings in that coworking is made (this one too), the
    // user holds fewer than the limit of other active bookings that have not ended.
    bool withinUserLimit(const Planned &b) const
    {
        QList<const Planned *> mine{ &b };
        for (const Planned &o : m_planned) {
            if (o.site == b.site && o.userId == b.userId)
                mine.append(&o);
        }
        const int limit = m_sites.at(b.site).policy.maxActiveBookingsPerUser;
        for (const Planned *x : std::as_const(mine)) {
            const QDateTime t = x->createdAt;
            int held = 0;
            for (const Planned *y : std::as_const(mine)) {
                if (y == x || y->createdAt > t || y->range.until <= t)
                    continue;
                if (y->cancelAt.isValid() && y->cancelAt <= t)
                    continue;
                ++held;
            }
            if (held >= limit)
                return false;
        }
        return true;
    }

    QStringList someOptions(int site)
    {
        QStringList ids = m_sites.at(site).optionIds;
        const quint32 roll = m_random.bounded(20);
        if (ids.isEmpty() || roll >= 7)
            return {};
        std::shuffle(ids.begin(), ids.end(), m_random);
        QStringList chosen = ids.mid(0, roll < 2 ? 2 : 1);
        std::sort(chosen.begin(), chosen.end());
        return chosen;
    }

    // When a booking is made: well before a start that has passed; shortly before now for one
    // still ahead (nothing can be made in the future).
    QDateTime madeAt(const TimeRange &range)
    {
        if (range.from <= m_now)
            return range.from.addSecs(-qint64(1 + m_random.bounded(30)) * HourSecs);
        return earlier(m_now.addSecs(-qint64(10 + m_random.bounded(600)) * MinuteSecs),
                       range.from.addSecs(-HourSecs));
    }

    bool addLocal(int site, int spot, QDate date, int fromMinutes, int untilMinutes)
    {
        const PlanSite &s = m_sites.at(site);
        const TimeRange window = s.hours.windowOn(date);
        TimeRange range{ localTime(s.hours, date, fromMinutes),
                         localTime(s.hours, date, untilMinutes) };
        if (!window.isValid() || !range.isValid())
            return false;
        range = { later(range.from, window.from), earlier(range.until, window.until) };
        if (!range.isValid())
            return false;
        return addForSomeMember(site, spot, range, madeAt(range));
    }

    void planTypicalDay(int site, QDate date)
    {
        const PlanSite &s = m_sites.at(site);
        const bool weekend = date.dayOfWeek() >= 6;
        const int busyFrom = s.busyFrom;
        const int busyUntil = s.busyUntil;
        // Desk days members like: full days, mornings, afternoons (local minutes).
        static const QList<std::pair<int, int>> deskDays{
            { 9 * 60, 18 * 60 },  { 9 * 60, 13 * 60 },           { 13 * 60, 18 * 60 },
            { 10 * 60, 16 * 60 }, { 8 * 60 + 30, 12 * 60 + 30 }, { 14 * 60, 19 * 60 },
            { 8 * 60, 17 * 60 },  { 11 * 60, 19 * 60 + 30 },
        };
        for (int spot = 0; spot < s.kinds.size(); ++spot) {
            switch (s.kinds.at(spot)) {
            case DemoSpotKind::Desk:
            case DemoSpotKind::StandingDesk: {
                if (m_random.bounded(100) >= (weekend ? 20 : 60))
                    break;
                const auto [from, until] =
                        deskDays.at(int(m_random.bounded(quint32(deskDays.size()))));
                addLocal(site, spot, date, std::max(from, busyFrom), std::min(until, busyUntil));
                break;
            }
            case DemoSpotKind::MeetingRoom:
            case DemoSpotKind::PhoneBooth: {
                const bool room = s.kinds.at(spot) == DemoSpotKind::MeetingRoom;
                const int chance = (room ? 55 : 35) / (weekend ? 3 : 1);
                int start = busyFrom + int(m_random.bounded(3)) * GridMinutes;
                while (start + 60 <= busyUntil) {
                    const int length = room ? 60 + int(m_random.bounded(3)) * GridMinutes : 60;
                    if (m_random.bounded(100) < chance)
                        addLocal(site, spot, date, start, std::min(start + length, busyUntil));
                    start += length + int(m_random.bounded(4)) * GridMinutes;
                }
                break;
            }
            case DemoSpotKind::Office:
                if (!weekend && m_random.bounded(100) < 75)
                    addLocal(site, spot, date, std::max(9 * 60, busyFrom),
                             std::min(18 * 60, busyUntil));
                break;
            }
        }
    }

    // Bookings in progress now, so the floor is alive whenever the demo is seeded: many in the
    // daytime, a few night owls in a coworking that never closes.
    void planAroundNow(int site, QDate today)
    {
        const PlanSite &s = m_sites.at(site);
        const TimeRange window = s.hours.windowOn(today);
        if (!window.isValid() || m_now < window.from || m_now >= window.until)
            return;
        const QTimeZone zone = s.hours.zone();
        const qint64 minuteOfDay = localMsecsOfDay(m_now, zone) / MsecsPerMinute;
        const bool daytime = minuteOfDay >= s.busyFrom && minuteOfDay < s.busyUntil;
        const bool weekend = today.dayOfWeek() >= 6;
        const int chance = (daytime ? 55 : 15) / (weekend ? 2 : 1);
        const QDateTime down = alignDown(m_now, zone);
        const QDateTime up = alignUp(m_now, zone);

        for (int spot = 0; spot < s.kinds.size(); ++spot) {
            const DemoSpotKind kind = s.kinds.at(spot);
            TimeRange range;
            if (kind == DemoSpotKind::Desk || kind == DemoSpotKind::StandingDesk
                || kind == DemoSpotKind::Office) {
                if (m_random.bounded(100) >= chance)
                    continue;
                range = { down.addSecs(-qint64(m_random.bounded(4)) * HourSecs),
                          up.addSecs(qint64(1 + m_random.bounded(4)) * HourSecs) };
            } else {
                if (m_random.bounded(100) >= chance * 2 / 3)
                    continue;
                range = { down.addSecs(-qint64(m_random.bounded(2)) * GridMinutes * MinuteSecs),
                          up.addSecs(qint64(1 + m_random.bounded(2)) * GridMinutes * MinuteSecs) };
            }
            range = { later(range.from, window.from), earlier(range.until, window.until) };
            // Stretched to the minimum duration where the day allows it.
            const qint64 minSecs = qint64(s.policy.minDurationMinutes) * MinuteSecs;
            if (range.durationSecs() < minSecs)
                range.until = earlier(range.from.addSecs(minSecs), window.until);
            if (range.durationSecs() < minSecs)
                range.from = later(range.until.addSecs(-minSecs), window.from);
            if (range.from > m_now || range.until <= m_now)
                continue;
            addForSomeMember(site, spot, range, madeAt(range));
        }
    }

    // A few bookings that start later today.
    void planLaterToday(int site, QDate today)
    {
        const PlanSite &s = m_sites.at(site);
        const TimeRange window = s.hours.windowOn(today);
        if (!window.isValid() || m_now >= window.until)
            return;
        const QDateTime first = alignUp(later(m_now, window.from), s.hours.zone());
        for (int spot = 0; spot < s.kinds.size(); ++spot) {
            if (m_random.bounded(100) >= 25)
                continue;
            const QDateTime from =
                    first.addSecs(qint64(1 + m_random.bounded(6)) * GridMinutes * MinuteSecs);
            const TimeRange range{ from,
                                   earlier(from.addSecs(qint64(1 + m_random.bounded(3)) * HourSecs),
                                           window.until) };
            if (range.isValid())
                addForSomeMember(site, spot, range, madeAt(range));
        }
    }

    QList<PlanSite> m_sites;
    QDateTime m_now;
    QRandomGenerator m_random; // a fixed seed: the same site for the same "now"
    QList<Planned> m_planned;
};

QString roleName(DemoRole role)
{
    switch (role) {
    case DemoRole::Admin:
        return u"admin"_s;
    case DemoRole::Business:
        return u"business"_s;
    case DemoRole::Manager:
        return u"manager"_s;
    case DemoRole::Member:
        return u"member"_s;
    }
    return {};
}

} // namespace

// ---- Result ---------------------------------------------------------------------------------

QString DemoSeeder::Result::summary() const
{
    QString text;
    QTextStream out(&text);
    if (!ok) {
        out << error;
        return text;
    }
    out << "Demo data: " << coworkings << " coworkings, " << spots << " spots, " << options
        << " options, " << users << " users, " << bookings << " bookings (" << inProgress
        << " in progress, " << upcoming << " upcoming, " << past << " past, " << cancelled
        << " cancelled)\n";
    for (const QString &name : coworkingNames)
        out << "  " << name << '\n';
    if (floorPlans == 0)
        out << "  Floor plans: spots are placed, but no images were stored (no file storage)\n";
    else
        out << "  " << floorPlans << " floor plans (PNG) stored\n";
    if (skipped > 0)
        out << "  " << skipped << " planned booking(s) were refused by the rules and left out\n";
    out << "\nDemo logins (email / password):\n";
    int members = 0;
    QStringList otherMembers;
    for (const Login &login : logins) {
        if (login.role == u"member" && ++members > 3) {
            otherMembers.append(login.email.section(u'@', 0, 0));
            continue;
        }
        out << "  " << login.role.leftJustified(9) << ' '
            << QString(login.email + u" / "_s + login.password).leftJustified(44) << ' '
            << login.note << '\n';
    }
    if (!otherMembers.isEmpty())
        out << "  " << u"member"_s.leftJustified(9) << ' ' << otherMembers.size()
            << " more, <name>@demo.coworking / demo-user-1: " << otherMembers.join(u", "_s) << '\n';
    return text;
}

// ---- the seeder ------------------------------------------------------------------------------

struct DemoSeeder::Impl
{
    Impl(const Repositories &r, PasswordHasher &h, const Clock &c, FileStorage *s)
        : repos(r),
          hasher(h),
          clock(c),
          storage(s),
          at(c.now()),
          access(r.coworkings),
          coworkingService(r.coworkings, r.spots, r.users, r.bookings, access, at),
          spotService(r.spots, r.bookings, r.users, r.closures, access, at),
          optionService(r.options, access),
          bookingService(r.bookings, r.spots, r.coworkings, r.closures, r.options, r.users, access,
                         at, notCounted)
    {
    }

    Result run();

    Repositories repos;
    MemoHasher hasher;
    const Clock &clock;
    FileStorage *storage;
    ManualClock at; // when each step happens: the services run on it
    AccessPolicy access;
    BookingOutcomes notCounted; // demo data is no traffic: the metrics stay at zero
    CoworkingService coworkingService;
    SpotService spotService;
    OptionService optionService;
    BookingService bookingService;
};

DemoSeeder::DemoSeeder(const Repositories &repositories, PasswordHasher &hasher, const Clock &clock,
                       FileStorage *storage)
    : m_impl(std::make_unique<Impl>(repositories, hasher, clock, storage))
{
}

DemoSeeder::~DemoSeeder() = default;

bool DemoSeeder::databaseHasUsers()
{
    return m_impl->repos.users.list(UserFilter{}, PageRequest{ 1, 0 }).total > 0;
}

DemoSeeder::Result DemoSeeder::seed()
{
    Result result;
    try {
        if (databaseHasUsers()) {
            result.notEmpty = true;
            result.error = u"the database is not empty (it already has users); seed-demo fills "
                           "only an empty database"_s;
            return result;
        }
        return m_impl->run();
    } catch (const AppError &e) {
        result.error = u"seeding the demo failed: "_s + e.message();
        const QJsonArray fields = e.details().value("fields"_L1).toArray();
        for (const QJsonValue &f : fields)
            result.error +=
                    u"\n  "_s + f["field"_L1].toString() + u": "_s + f["message"_L1].toString();
    } catch (const ConstraintViolation &e) {
        result.error = u"seeding the demo failed: the database refused a row (SQLSTATE %1)"_s.arg(
                e.sqlState);
    } catch (const std::exception &) {
        result.error = u"seeding the demo failed: internal error"_s;
    }
    return result;
}

DemoSeeder::Result DemoSeeder::seed(Database &db, PasswordHasher &hasher, const Clock &clock,
                                    FileStorage *storage)
{
    // The demo's bookings make events like any others (a runner turns them into notifications);
    // nobody watches a floor yet.
    SqlRepositories sql(db);
    DemoSeeder seeder(
            { sql.users, sql.coworkings, sql.spots, sql.options, sql.bookings, sql.closures },
            hasher, clock, storage);
    return seeder.seed();
}

DemoSeeder::Result DemoSeeder::Impl::run()
{
    Result result;
    const QDateTime now = clock.now();
    const DemoSite site = demoSite();
    // The site opened a month ago: people and places exist before their bookings.
    const QDateTime opened = now.addDays(-30);

    // ---- users
    QHash<QString, User> byEmail;
    QDateTime joined = opened;
    for (const DemoUser &u : site.users) {
        at.set(joined);
        const User user =
                UserService::createUser(repos.users, hasher, at, u.email, u.password, u.fullName,
                                        u.role == DemoRole::Business, u.role == DemoRole::Admin);
        byEmail.insert(user.email, user);
        joined = joined.addSecs(u.role == DemoRole::Member ? 11 * HourSecs : HourSecs);
        ++result.users;
    }
    const auto actorOf = [&byEmail](const QString &email) {
        return Actor::fromUser(byEmail.value(email));
    };

    // ---- coworkings, their spots, options and managers
    QList<PlanSite> planSites;
    QList<QList<Spot>> spotsBySite;
    QList<Coworking> coworkings;
    at.set(opened.addDays(1));
    for (const DemoCoworking &c : site.coworkings) {
        const Actor owner = actorOf(c.ownerEmail);
        // Through the API's own readers, so the demo holds only what a client could send.
        const QJsonObject body{ { u"name"_s, c.name },
                                { u"description"_s, c.description },
                                { u"address"_s, c.address },
                                { u"opens_at"_s, c.opensAt },
                                { u"closes_at"_s, c.closesAt },
                                { u"timezone"_s, c.timezone },
                                { u"booking_policy"_s, c.bookingPolicy } };
        const Coworking coworking =
                coworkingService.create(owner, coworkingPatchFromJson(body, true));
        coworkings.append(coworking);
        ++result.coworkings;
        result.coworkingNames.append(u"%1 (%2, %3-%4%5), %6 spots"_s.arg(
                coworking.name, coworking.timezone, c.opensAt, c.closesAt,
                c.opensAt == c.closesAt ? u", open round the clock"_s : QString(),
                QString::number(c.spots.size())));

        QJsonArray drafts;
        for (const DemoSpot &spot : c.spots) {
            drafts.append(QJsonObject{ { u"name"_s, spot.name },
                                       { u"description"_s, spot.description },
                                       { u"position"_s, drafts.size() },
                                       { u"status"_s, spot.active ? u"active"_s : u"inactive"_s },
                                       { u"map"_s, toJson(spot.map) } });
        }
        const QList<Spot> spots =
                spotService.createMany(owner, coworking.id, spotDraftsFromJson(drafts));
        spotsBySite.append(spots);
        result.spots += int(spots.size());

        // The floor plan drawn from the same placements, stored as an upload would be.
        if (storage) {
            Coworking withPlan = coworking;
            const QByteArray png = renderFloorPlan(c);
            withPlan.floorPlanUrl =
                    FileStorage::urlFor(storage->put(png, imageExtension(ImageType::Png)));
            repos.coworkings.update(withPlan);
            ++result.floorPlans;
        }

        PlanSite plan;
        plan.hours = OpeningHours(coworking.opensAt, coworking.closesAt, coworking.timezone);
        plan.policy = coworking.policy;
        plan.checkinRequired = coworking.policy.checkinRequired;
        plan.busyFrom = c.busyFromMinutes;
        plan.busyUntil = c.busyUntilMinutes;
        for (const DemoSpot &spot : c.spots) {
            plan.kinds.append(spot.kind);
            plan.active.append(spot.active);
        }
        for (const QString &name : c.options) {
            Option draft;
            draft.coworkingId = coworking.id;
            draft.name = name;
            plan.optionIds.append(optionService.create(owner, draft).id);
            ++result.options;
        }
        for (const QString &email : c.managerEmails) {
            coworkingService.addManager(owner, coworking.id, byEmail.value(email).id);
            plan.managerId = byEmail.value(email).id;
        }
        for (const QString &email : c.memberEmails)
            plan.memberIds.append(byEmail.value(email).id);
        planSites.append(plan);
    }

    // ---- bookings: planned first, then made in the order they happened
    BookingPlanner planner(planSites, now);
    const int featuredSite =
            int(std::distance(site.coworkings.cbegin(),
                              std::find_if(site.coworkings.cbegin(), site.coworkings.cend(),
                                           [&](const DemoCoworking &c) {
                                               return c.name == site.featuredCoworking;
                                           })));
    const QString featuredId = byEmail.value(site.featuredMemberEmail).id;
    const auto spotIndex = [&](int siteIndex, const QString &name) {
        const QList<DemoSpot> &spots = site.coworkings.at(siteIndex).spots;
        for (int i = 0; i < spots.size(); ++i) {
            if (spots.at(i).name == name)
                return i;
        }
        return 0;
    };
    {
        // The featured member, by hand: yesterday, right now, later today, tomorrow, a
        // cancelled booking and a trip to another city.
        const PlanSite &s = planSites.at(featuredSite);
        const QTimeZone zone = s.hours.zone();
        const QDate today = s.hours.localDate(now);
        const TimeRange window = s.hours.windowOn(today);
        const QStringList &opts = s.optionIds;
        const auto local = [&](int day, int hour) {
            return localTime(s.hours, today.addDays(day), hour * 60);
        };
        const int desk = spotIndex(featuredSite, u"A2"_s);
        planner.addFixed(featuredSite, desk, featuredId, { local(-1, 10), local(-1, 14) },
                         local(-2, 18), opts.mid(0, 1));
        const TimeRange current{ later(window.from, alignDown(now, zone).addSecs(-HourSecs)),
                                 earlier(window.until, alignUp(now, zone).addSecs(2 * HourSecs)) };
        planner.addFixed(featuredSite, spotIndex(featuredSite, u"B3"_s), featuredId, current,
                         current.from.addSecs(-14 * HourSecs));
        const QDateTime meeting = alignUp(now, zone).addSecs(3 * HourSecs);
        if (meeting.addSecs(HourSecs) <= window.until) {
            planner.addFixed(featuredSite, spotIndex(featuredSite, u"Meeting room Oberbaum"_s),
                             featuredId, { meeting, meeting.addSecs(HourSecs) },
                             now.addSecs(-5 * HourSecs));
        }
        planner.addFixed(featuredSite, desk, featuredId, { local(1, 9), local(1, 13) },
                         now.addSecs(-3 * HourSecs), opts.mid(1, 1));
        if (planner.addFixed(featuredSite, spotIndex(featuredSite, u"Phone booth 1"_s), featuredId,
                             { local(2, 11), local(2, 12) }, now.addSecs(-26 * HourSecs))) {
            Planned &cancelled = planner.bookings().last();
            cancelled.cancelAt = now.addSecs(-2 * HourSecs);
            cancelled.cancelledBy = featuredId;
        }
        const int count = int(site.coworkings.size());
        const int trip = (featuredSite + count - 1) % count;
        const PlanSite &t = planSites.at(trip);
        const QDate tripDay = t.hours.localDate(now).addDays(3);
        planner.addFixed(
                trip, spotIndex(trip, u"A1"_s), featuredId,
                { localTime(t.hours, tripDay, 14 * 60), localTime(t.hours, tripDay, 17 * 60) },
                now.addSecs(-HourSecs));
    }
    for (int i = 0; i < planSites.size(); ++i)
        planner.planSite(i);
    for (int i = 0; i < planSites.size(); ++i)
        planner.cancelSome(i, featuredId);
    planner.checkInStarted(featuredId);

    // Each step at the time it happened: made, then cancelled or checked in.
    struct Step
    {
        QDateTime at;
        int order; // made before anything else happens to it
        int booking;
    };
    QList<Step> steps;
    QList<Planned> &planned = planner.bookings();
    for (int i = 0; i < planned.size(); ++i) {
        steps.append({ planned.at(i).createdAt, 0, i });
        if (planned.at(i).cancelAt.isValid())
            steps.append({ planned.at(i).cancelAt, 1, i });
        if (planned.at(i).checkInAt.isValid())
            steps.append({ planned.at(i).checkInAt, 1, i });
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });
    for (const Step &step : std::as_const(steps)) {
        Planned &b = planned[step.booking];
        if (b.failed)
            continue;
        at.set(step.at);
        try {
            if (step.order == 0) {
                BookingRequest request;
                request.spotId = spotsBySite.at(b.site).at(b.spot).id;
                request.range = b.range;
                request.options = b.options;
                b.bookingId =
                        bookingService
                                .create(Actor::fromUser(*repos.users.findById(b.userId)), request)
                                .id;
            } else if (b.cancelAt == step.at && b.cancelAt.isValid()) {
                const std::optional<User> by = repos.users.findById(b.cancelledBy);
                // Cancellations by the front desk say why, as the desk asks staff to.
                const QString reason = b.cancelledBy == b.userId
                        ? QString()
                        : u"The member asked to cancel by phone"_s;
                bookingService.cancel(Actor::fromUser(by.value_or(User{})), b.bookingId, reason);
            } else {
                const std::optional<User> booker = repos.users.findById(b.userId);
                bookingService.checkIn(Actor::fromUser(booker.value_or(User{})), b.bookingId);
            }
        } catch (const AppError &e) {
            // A plan the rules refuse is a bug of the planner; the rest of the demo stands.
            qCWarning(lcDemo).noquote() << "demo booking left out:" << e.code() << e.message();
            b.failed = true;
            ++result.skipped;
        }
    }
    for (const Planned &b : std::as_const(planned)) {
        if (b.failed || b.bookingId.isEmpty())
            continue;
        ++result.bookings;
        if (b.cancelAt.isValid())
            ++result.cancelled;
        else if (b.range.until <= now)
            ++result.past;
        else if (b.range.from <= now)
            ++result.inProgress;
        else
            ++result.upcoming;
    }

    // ---- who can sign in
    for (const DemoUser &u : site.users) {
        QString note;
        switch (u.role) {
        case DemoRole::Admin:
            note = u"platform administrator: everything, including bans"_s;
            break;
        case DemoRole::Business:
            for (const DemoCoworking &c : site.coworkings) {
                if (c.ownerEmail == u.email)
                    note = u"owner of "_s + c.name;
            }
            break;
        case DemoRole::Manager:
            for (const DemoCoworking &c : site.coworkings) {
                if (c.managerEmails.contains(u.email))
                    note = u"front desk (manager) of "_s + c.name;
            }
            break;
        case DemoRole::Member:
            if (u.email == site.featuredMemberEmail) {
                note = u"member with bookings now, later, tomorrow and past at "_s
                        + site.featuredCoworking;
                break;
            }
            note = u"member"_s;
            for (const DemoCoworking &c : site.coworkings) {
                if (c.memberEmails.contains(u.email))
                    note = u"member, usually at "_s + c.name;
            }
            break;
        }
        result.logins.append({ roleName(u.role), u.email, u.password, note });
    }
    result.ok = true;
    return result;
}

} // namespace coworking
