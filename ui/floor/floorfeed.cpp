#include "floorfeed.h"

#include "client/coworkingclient.h"
#include "floormodel.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

FloorBooking FloorFeed::fromBooking(const Booking &booking, const std::optional<User> &user)
{
    FloorBooking b;
    b.id = booking.id;
    b.spotId = booking.spotId;
    b.userId = booking.userId;
    b.range = booking.range;
    b.checkedInAt = booking.checkedInAt;
    if (user) {
        b.userName = user->fullName;
        b.userEmail = user->email;
    }
    return b;
}

FloorFeed::FloorFeed(client::CoworkingClient &client, FloorModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model)
{
}

FloorFeed::~FloorFeed() = default;

void FloorFeed::setCoworking(const Coworking &coworking, CoworkingRole role,
                             const TimeRange &window)
{
    delete m_calls; // answers for the previous coworking are dropped
    m_calls = new QObject(this);
    if (m_live)
        m_live->deleteLater();
    m_coworking = coworking;
    m_role = role;
    m_window = window;
    m_names.clear();
    m_namesAsked.clear();
    m_spotsLoaded = false;
    m_windowLoaded = false;
    m_model->setSpots({});
    m_model->setBookings({});
    if (coworking.id.isEmpty())
        return;
    m_model->setZone(ZoneTime(coworking.timezone));
    m_model->setShowMembers(Roles::isStaff(role));
    loadSpots();
    loadWindow();
    loadFloorPlan();
    openLive();
}

void FloorFeed::setWindow(const TimeRange &window)
{
    m_window = window;
    loadWindow();
}

void FloorFeed::refresh()
{
    if (m_coworking.id.isEmpty())
        return;
    m_client.coworkings().get(m_coworking.id, m_calls, [this](client::Result<Coworking> r) {
        if (r.ok()) {
            const bool planChanged = r.value().floorPlanUrl != m_coworking.floorPlanUrl;
            m_coworking = r.value();
            if (planChanged)
                loadFloorPlan();
        }
    });
    loadSpots();
    loadWindow();
}

void FloorFeed::rememberName(const QString &userId, const QString &name)
{
    m_names.insert(userId, name);
}

void FloorFeed::loadSpots()
{
    m_client.spots().list(m_coworking.id, {}, {}, m_calls,
                          [this](client::Result<QList<SpotAvailability>> r) {
                              if (!r.ok()) {
                                  emit spotsFailed(r.error());
                                  return;
                              }
                              QList<Spot> spots;
                              for (const SpotAvailability &a : r.value())
                                  spots.append(a.spot);
                              m_model->setSpots(spots);
                              m_spotsLoaded = true;
                              emit spotsLoaded(int(spots.size()));
                              checkLoaded();
                          });
}

void FloorFeed::loadWindow()
{
    if (m_coworking.id.isEmpty())
        return;
    ++m_windowGeneration;
    m_windowLoaded = false;
    if (Roles::isStaff(m_role)) {
        loadWindowPage(m_windowGeneration, 0, {});
        return;
    }
    // Members see when spots are busy, not by whom: the public timeline.
    const int generation = m_windowGeneration;
    m_client.coworkings().timeline(m_coworking.id, m_window.from, m_window.until, m_calls,
                                   [this, generation](client::Result<QList<SpotTimeline>> r) {
                                       if (generation != m_windowGeneration)
                                           return;
                                       if (!r.ok())
                                           return emit windowFailed(r.error());
                                       QList<FloorBooking> bookings;
                                       for (const SpotTimeline &t : r.value()) {
                                           for (const Booking &busy : t.busy) {
                                               FloorBooking b = fromBooking(busy);
                                               b.spotId = t.spotId;
                                               // Members get no booking ids: the interval names
                                               // itself.
                                               if (b.id.isEmpty())
                                                   b.id = t.spotId + u'@'
                                                           + busy.range.from.toString(Qt::ISODate);
                                               bookings.append(b);
                                           }
                                       }
                                       m_model->setBookings(bookings);
                                       m_windowLoaded = true;
                                       checkLoaded();
                                   });
}

void FloorFeed::loadWindowPage(int generation, int page, QList<FloorBooking> collected)
{
    client::BookingsQuery query;
    query.coworkingId = m_coworking.id;
    query.from = m_window.from;
    query.until = m_window.until;
    m_client.bookings().list(
            query, { 100, page }, m_calls,
            [this, generation, page,
             collected = std::move(collected)](client::Result<Page<BookingDetails>> r) mutable {
                if (generation != m_windowGeneration)
                    return;
                if (!r.ok())
                    return emit windowFailed(r.error());
                for (const BookingDetails &d : r.value().items) {
                    if (d.booking.status == BookingStatus::Cancelled)
                        continue;
                    collected.append(fromBooking(d.booking, d.user));
                    if (d.user)
                        m_names.insert(d.user->id, d.user->fullName);
                }
                if ((page + 1) * 100 < r.value().total && !r.value().items.isEmpty())
                    return loadWindowPage(generation, page + 1, std::move(collected));
                m_model->setBookings(collected);
                m_windowLoaded = true;
                checkLoaded();
            });
}

void FloorFeed::loadFloorPlan()
{
    if (m_coworking.floorPlanUrl.isEmpty())
        return;
    QUrl url(m_coworking.floorPlanUrl);
    if (url.isRelative()) {
        // "/storage/<key>" is relative to the API's base, which may carry a prefix ("/api").
        QUrl base = m_client.api().baseUrl();
        QString path = base.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        base.setPath(path + url.path());
        url = base;
    }
    QNetworkReply *reply = m_client.api().network().get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, m_calls, [this, reply] {
        reply->deleteLater();
        QPixmap image;
        if (reply->error() != QNetworkReply::NoError || !image.loadFromData(reply->readAll())) {
            emit floorPlanFailed();
            return;
        }
        emit floorPlanLoaded(image);
    });
    connect(m_calls, &QObject::destroyed, reply, &QNetworkReply::abort);
}

void FloorFeed::openLive()
{
    m_live = m_client.openLive(m_coworking.id, m_calls);
    connect(m_live, &client::LiveFeed::snapshotReceived, this, &FloorFeed::onSnapshot);
    connect(m_live, &client::LiveFeed::bookingChanged, this, &FloorFeed::onBookingChange);
    connect(m_live, &client::LiveFeed::spotChanged, this, &FloorFeed::onSpotChange);
    connect(m_live, &client::LiveFeed::stateChanged, this, &FloorFeed::liveStateChanged);
    emit liveStateChanged(m_live->state());
}

void FloorFeed::onSnapshot(const LiveSnapshot &snapshot)
{
    QSet<QString> present;
    for (const Spot &s : snapshot.spots) {
        present.insert(s.id);
        const Spot *known = m_model->spot(s.id);
        if (!known || known->name != s.name || known->active != s.active || known->map != s.map
            || known->description != s.description || known->position != s.position)
            m_model->upsertSpot(s);
    }
    const QList<Spot> all = m_model->spots();
    for (const Spot &s : all) {
        if (!present.contains(s.id))
            m_model->removeSpot(s.id);
    }
    // The snapshot is the truth for its window: what it lacks there was cancelled meanwhile.
    QSet<QString> inSnapshot;
    QList<FloorBooking> fresh;
    for (const Booking &booking : snapshot.bookings) {
        inSnapshot.insert(booking.id);
        fresh.append(fromBooking(booking));
    }
    const TimeRange &w = snapshot.window;
    if (w.isValid()) {
        for (const Spot &s : m_model->spots()) {
            for (const FloorBooking &b : m_model->bookingsOf(s.id, w.from, w.until)) {
                if (!inSnapshot.contains(b.id) && b.range.from >= w.from)
                    m_model->removeBooking(b.id);
            }
        }
    }
    for (const FloorBooking &b : std::as_const(fresh)) {
        if (b.range.overlaps(m_window) || m_model->booking(b.id))
            m_model->upsertBooking(b);
    }
    learnNames(fresh);
}

void FloorFeed::onBookingChange(const LiveBookingChange &change)
{
    const FloorBooking b = fromBooking(change.booking);
    if (change.booking.status != BookingStatus::Active || change.event == u"cancelled"
        || change.event == u"expired") {
        m_model->removeBooking(b.id);
        return;
    }
    if (b.range.overlaps(m_window))
        m_model->upsertBooking(b);
    else
        m_model->removeBooking(b.id); // moved to another day
    learnNames({ b });
}

void FloorFeed::onSpotChange(const LiveSpotChange &change)
{
    if (change.status == u"deleted") {
        m_model->removeSpot(change.spotId);
        return;
    }
    if (const Spot *known = m_model->spot(change.spotId)) {
        Spot s = *known;
        s.active = change.status == u"active";
        if (!change.name.isEmpty())
            s.name = change.name;
        m_model->upsertSpot(s);
    } else {
        loadSpots(); // a spot this floor has not seen: read them again
    }
}

void FloorFeed::learnNames(const QList<FloorBooking> &bookings)
{
    if (!Roles::isStaff(m_role))
        return;
    for (const FloorBooking &b : bookings) {
        if (b.userId.isEmpty())
            continue;
        if (const auto it = m_names.constFind(b.userId); it != m_names.constEnd()) {
            if (b.userName.isEmpty())
                m_model->setMemberName(b.userId, *it, b.userEmail);
            continue;
        }
        if (m_namesAsked.contains(b.userId))
            continue;
        m_namesAsked.insert(b.userId);
        m_client.users().get(b.userId, m_calls, [this](client::Result<User> r) {
            if (!r.ok())
                return;
            m_names.insert(r.value().id, r.value().fullName);
            m_model->setMemberName(r.value().id, r.value().fullName, r.value().email);
        });
    }
}

void FloorFeed::checkLoaded()
{
    if (isLoaded())
        emit loaded();
}

} // namespace ui
} // namespace coworking
