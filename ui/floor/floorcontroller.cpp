#include "floorcontroller.h"

#include "bookfordialog.h"
#include "client/coworkingclient.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/reasondialog.h"
#include "floormodel.h"
#include "floorpage.h"
#include "floorscene.h"
#include "floorview.h"
#include "movedialog.h"
#include "spotpanel.h"
#include "timecontrol.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

FloorBooking fromBooking(const Booking &booking, const std::optional<User> &user = {})
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

} // namespace

FloorController::FloorController(client::CoworkingClient &client, FloorPage *page, QObject *parent)
    : QObject(parent), m_client(client), m_page(page)
{
    SpotPanel *panel = page->panel();
    connect(panel, &SpotPanel::bookRequested, this, &FloorController::openBookDialog);
    connect(panel, &SpotPanel::checkInRequested, this, &FloorController::checkIn);
    connect(panel, &SpotPanel::cancelRequested, this, &FloorController::askCancel);
    connect(panel, &SpotPanel::moveRequested, this, &FloorController::askMove);
    connect(panel, &SpotPanel::extendRequested, this, &FloorController::extend);
    connect(page->timeControl(), &TimeControl::dayChanged, this, &FloorController::loadDay);
    connect(page->scene(), &FloorScene::spotActivated, this, [this](const QString &spotId) {
        if (Roles::canRunFloor(m_role))
            openBookDialog(spotId, m_page->timeControl()->moment());
    });
    page->setPlaceholder(tr("Choose a coworking to see its floor."));
}

FloorController::~FloorController() = default;

void FloorController::setCoworking(const Coworking &coworking, CoworkingRole role)
{
    delete m_calls; // answers for the previous coworking are dropped
    m_calls = new QObject(this);
    if (m_live)
        m_live->deleteLater();
    m_coworking = coworking;
    m_role = role;
    m_names.clear();
    m_namesAsked.clear();
    m_spotsLoaded = false;
    m_dayLoaded = false;
    FloorModel *model = m_page->model();
    model->setSpots({});
    model->setBookings({});
    if (coworking.id.isEmpty()) {
        m_page->setPlaceholder(tr("There is no coworking to show."));
        return;
    }
    const ZoneTime zone(coworking.timezone);
    model->setZone(zone);
    model->setShowMembers(Roles::isStaff(role));
    m_page->timeControl()->setCoworking(zone, coworking.opensAt, coworking.closesAt,
                                        coworking.policy.slotMinutes);
    m_page->timeControl()->showNow();
    m_page->panel()->setStaff(Roles::canRunFloor(role), Roles::staffOnlyReason(role));
    m_page->panel()->setSpot({});
    m_page->setPlaceholder(tr("Loading the floor of %1…").arg(coworking.name));
    m_page->scene()->setFloorPlan(QPixmap());
    loadSpots();
    loadDay();
    loadFloorPlan();
    openLive();
}

void FloorController::refresh()
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
    loadDay();
}

void FloorController::loadSpots()
{
    m_client.spots().list(
            m_coworking.id, {}, {}, m_calls, [this](client::Result<QList<SpotAvailability>> r) {
                if (!r.ok()) {
                    m_page->setPlaceholder(ErrorText::describe(r.error()));
                    return;
                }
                QList<Spot> spots;
                for (const SpotAvailability &a : r.value())
                    spots.append(a.spot);
                m_page->model()->setSpots(spots);
                m_spotsLoaded = true;
                m_page->setPlaceholder(spots.isEmpty() ? tr("This coworking has no spots yet.")
                                                       : QString());
                m_page->view()->fitToFloor();
                checkLoaded();
            });
}

void FloorController::loadDay()
{
    if (m_coworking.id.isEmpty())
        return;
    ++m_dayGeneration;
    m_dayLoaded = false;
    if (Roles::isStaff(m_role)) {
        loadDayPage(m_dayGeneration, 0, {});
        return;
    }
    // Members see when spots are busy, not by whom: the public timeline.
    const int generation = m_dayGeneration;
    TimeControl *time = m_page->timeControl();
    m_client.coworkings().timeline(
            m_coworking.id, time->dayStart(), time->dayEnd(), m_calls,
            [this, generation](client::Result<QList<SpotTimeline>> r) {
                if (generation != m_dayGeneration)
                    return;
                if (!r.ok())
                    return failed(r.error(), tr("The day's bookings could not be read."));
                QList<FloorBooking> bookings;
                for (const SpotTimeline &t : r.value()) {
                    for (const Booking &busy : t.busy) {
                        FloorBooking b = fromBooking(busy);
                        b.spotId = t.spotId;
                        // Members get no booking ids: the interval names itself.
                        if (b.id.isEmpty())
                            b.id = t.spotId + u'@' + busy.range.from.toString(Qt::ISODate);
                        bookings.append(b);
                    }
                }
                m_page->model()->setBookings(bookings);
                m_dayLoaded = true;
                checkLoaded();
            });
}

void FloorController::loadDayPage(int generation, int page, QList<FloorBooking> collected)
{
    TimeControl *time = m_page->timeControl();
    client::BookingsQuery query;
    query.coworkingId = m_coworking.id;
    query.from = time->dayStart();
    query.until = time->dayEnd();
    m_client.bookings().list(
            query, { 100, page }, m_calls,
            [this, generation, page,
             collected = std::move(collected)](client::Result<Page<BookingDetails>> r) mutable {
                if (generation != m_dayGeneration)
                    return;
                if (!r.ok())
                    return failed(r.error(), tr("The day's bookings could not be read."));
                for (const BookingDetails &d : r.value().items) {
                    if (d.booking.status == BookingStatus::Cancelled)
                        continue;
                    collected.append(fromBooking(d.booking, d.user));
                    if (d.user)
                        m_names.insert(d.user->id, d.user->fullName);
                }
                if ((page + 1) * 100 < r.value().total && !r.value().items.isEmpty())
                    return loadDayPage(generation, page + 1, std::move(collected));
                m_page->model()->setBookings(collected);
                m_dayLoaded = true;
                checkLoaded();
            });
}

void FloorController::loadFloorPlan()
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
            m_page->messageBar()->showMessage(MessageBar::Kind::Warning,
                                              tr("The floor-plan image could not be loaded; the "
                                                 "spots are shown without it."));
            return;
        }
        m_page->scene()->setFloorPlan(image);
        m_page->view()->fitToFloor();
    });
    connect(m_calls, &QObject::destroyed, reply, &QNetworkReply::abort);
}

void FloorController::openLive()
{
    m_live = m_client.openLive(m_coworking.id, m_calls);
    connect(m_live, &client::LiveFeed::snapshotReceived, this, &FloorController::onSnapshot);
    connect(m_live, &client::LiveFeed::bookingChanged, this, &FloorController::onBookingChange);
    connect(m_live, &client::LiveFeed::spotChanged, this, &FloorController::onSpotChange);
    connect(m_live, &client::LiveFeed::stateChanged, this, [this](client::LiveFeed::State state) {
        m_page->setStale(state == client::LiveFeed::State::Reconnecting);
        emit liveStateChanged(state);
    });
    emit liveStateChanged(m_live->state());
}

void FloorController::onSnapshot(const LiveSnapshot &snapshot)
{
    FloorModel *model = m_page->model();
    QSet<QString> present;
    for (const Spot &s : snapshot.spots) {
        present.insert(s.id);
        const Spot *known = model->spot(s.id);
        if (!known || known->name != s.name || known->active != s.active || known->map != s.map
            || known->description != s.description || known->position != s.position)
            model->upsertSpot(s);
    }
    const QList<Spot> all = model->spots();
    for (const Spot &s : all) {
        if (!present.contains(s.id))
            model->removeSpot(s.id);
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
        for (const Spot &s : model->spots()) {
            for (const FloorBooking &b : model->bookingsOf(s.id, w.from, w.until)) {
                if (!inSnapshot.contains(b.id) && b.range.from >= w.from)
                    model->removeBooking(b.id);
            }
        }
    }
    const TimeRange day{ m_page->timeControl()->dayStart(), m_page->timeControl()->dayEnd() };
    for (const FloorBooking &b : std::as_const(fresh)) {
        if (b.range.overlaps(day) || model->booking(b.id))
            model->upsertBooking(b);
    }
    learnNames(fresh);
}

void FloorController::onBookingChange(const LiveBookingChange &change)
{
    FloorModel *model = m_page->model();
    const FloorBooking b = fromBooking(change.booking);
    if (change.booking.status != BookingStatus::Active || change.event == u"cancelled"
        || change.event == u"expired") {
        model->removeBooking(b.id);
        return;
    }
    const TimeRange day{ m_page->timeControl()->dayStart(), m_page->timeControl()->dayEnd() };
    if (b.range.overlaps(day))
        model->upsertBooking(b);
    else
        model->removeBooking(b.id); // moved to another day
    learnNames({ b });
}

void FloorController::onSpotChange(const LiveSpotChange &change)
{
    FloorModel *model = m_page->model();
    if (change.status == u"deleted") {
        model->removeSpot(change.spotId);
        return;
    }
    if (const Spot *known = model->spot(change.spotId)) {
        Spot s = *known;
        s.active = change.status == u"active";
        if (!change.name.isEmpty())
            s.name = change.name;
        model->upsertSpot(s);
    } else {
        loadSpots(); // a spot this floor has not seen: read them again
    }
}

void FloorController::learnNames(const QList<FloorBooking> &bookings)
{
    if (!Roles::isStaff(m_role))
        return;
    for (const FloorBooking &b : bookings) {
        if (b.userId.isEmpty())
            continue;
        if (const auto it = m_names.constFind(b.userId); it != m_names.constEnd()) {
            if (b.userName.isEmpty())
                m_page->model()->setMemberName(b.userId, *it, b.userEmail);
            continue;
        }
        if (m_namesAsked.contains(b.userId))
            continue;
        m_namesAsked.insert(b.userId);
        m_client.users().get(b.userId, m_calls, [this](client::Result<User> r) {
            if (!r.ok())
                return;
            m_names.insert(r.value().id, r.value().fullName);
            m_page->model()->setMemberName(r.value().id, r.value().fullName, r.value().email);
        });
    }
}

void FloorController::checkLoaded()
{
    if (isLoaded())
        emit loaded();
}

QString FloorController::spotName(const QString &spotId) const
{
    const Spot *s = m_page->model()->spot(spotId);
    return s ? s->name : tr("the spot");
}

void FloorController::failed(const client::ApiError &error, const QString &what)
{
    m_page->messageBar()->showError(what + u' ' + ErrorText::describe(error));
}

void FloorController::openBookDialog(const QString &spotId, const QDateTime &from)
{
    if (!Roles::canRunFloor(m_role) || !m_page->model()->spot(spotId))
        return;
    if (m_bookDialog)
        m_bookDialog->close();
    TimeControl *time = m_page->timeControl();
    const SlotDay day{ m_page->model()->zone(), time->day(), m_coworking.opensAt,
                       m_coworking.closesAt, m_coworking.policy.slotMinutes };
    auto *dialog = new BookForDialog(spotName(spotId), day, from, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bookDialog = dialog;
    connect(dialog, &BookForDialog::searchRequested, this, &FloorController::searchMembers);
    connect(dialog, &QDialog::accepted, this, [this, dialog, spotId] {
        book(spotId, dialog->memberId(), dialog->memberName(), { dialog->from(), dialog->until() });
    });
    dialog->open();
}

void FloorController::searchMembers(const QString &text)
{
    QPointer<BookForDialog> dialog = m_bookDialog;
    if (!dialog)
        return;
    const bool byEmail = text.contains(u'@');
    if (!byEmail && m_role != CoworkingRole::Admin) {
        // The API lets owners and managers look people up by exact email only.
        dialog->setMembers({}, tr("Type the member's full email address."));
        return;
    }
    m_client.users().search(byEmail ? QString() : text, byEmail ? text : QString(), { 20, 0 },
                            dialog, [dialog](client::Result<Page<User>> r) {
                                if (!dialog)
                                    return;
                                if (!r.ok())
                                    return dialog->setMembers({}, ErrorText::describe(r.error()));
                                dialog->setMembers(r.value().items);
                            });
}

void FloorController::book(const QString &spotId, const QString &userId, const QString &userName,
                           const TimeRange &range)
{
    client::NewBooking draft;
    draft.spotId = spotId;
    draft.range = range;
    draft.userId = userId;
    m_page->panel()->setBusy(true);
    m_client.bookings().create(
            draft, QUuid::createUuid().toString(QUuid::WithoutBraces), m_calls,
            [this, spotId, userId, userName, range](client::Result<Booking> r) {
                m_page->panel()->setBusy(false);
                if (r.ok()) {
                    FloorBooking b = fromBooking(r.value());
                    b.userName = userName;
                    m_names.insert(userId, userName);
                    m_page->model()->upsertBooking(b);
                    m_page->messageBar()->showPositive(
                            tr("%1 is booked for %2, %3.")
                                    .arg(spotName(spotId), userName,
                                         m_page->model()->zone().rangeWithZone(range.from,
                                                                               range.until)));
                    return;
                }
                const client::ApiError &e = r.error();
                const auto alternative = e.alternativeSpot();
                if (e.code == u"BOOKING_CONFLICT" && alternative) {
                    const QString altId = alternative->value(u"id"_s).toString();
                    const QString altName = alternative->value(u"name"_s).toString();
                    m_page->messageBar()->showMessage(
                            MessageBar::Kind::Warning,
                            tr("%1 was just booked by someone else. %2 is free at that time: "
                               "book %2?")
                                    .arg(spotName(spotId), altName),
                            tr("Book %1").arg(altName), [this, altId, userId, userName, range] {
                                m_page->selectSpot(altId);
                                book(altId, userId, userName, range);
                            });
                    return;
                }
                failed(e, tr("The booking was not made."));
            });
}

void FloorController::checkIn(const QString &bookingId)
{
    m_page->panel()->setBusy(true);
    m_client.bookings().checkIn(bookingId, m_calls, [this](client::Result<Booking> r) {
        m_page->panel()->setBusy(false);
        if (!r.ok())
            return failed(r.error(), tr("Check-in failed."));
        m_page->model()->upsertBooking(fromBooking(r.value()));
        m_page->messageBar()->showPositive(tr("Checked in at %1.").arg(spotName(r.value().spotId)));
    });
}

void FloorController::askCancel(const QString &bookingId)
{
    const auto b = m_page->model()->booking(bookingId);
    if (!b)
        return;
    const ZoneTime &zone = m_page->model()->zone();
    auto *dialog = new ReasonDialog(
            tr("Cancel booking"),
            tr("Cancel the booking of %1 at %2, %3? The member is notified.")
                    .arg(b->userName.isEmpty() ? tr("a member") : b->userName, spotName(b->spotId),
                         zone.rangeWithZone(b->range.from, b->range.until)),
            tr("Cancel &Booking"),
            { tr("The member asked to cancel"), tr("The spot is needed for maintenance"),
              tr("Booked by mistake") },
            m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, bookingId] { cancel(bookingId, dialog->reason()); });
    dialog->open();
}

void FloorController::cancel(const QString &bookingId, const QString &reason)
{
    m_page->panel()->setBusy(true);
    m_client.bookings().cancel(
            bookingId, m_calls, [this, bookingId, reason](client::Result<client::Done> r) {
                m_page->panel()->setBusy(false);
                if (!r.ok())
                    return failed(r.error(), tr("The booking was not cancelled."));
                m_page->model()->removeBooking(bookingId);
                m_page->messageBar()->showPositive(
                        tr("The booking is cancelled (%1).").arg(reason));
            });
}

void FloorController::askMove(const QString &bookingId)
{
    const auto b = m_page->model()->booking(bookingId);
    if (!b)
        return;
    const SlotDay day{ m_page->model()->zone(), m_page->model()->zone().localDate(b->range.from),
                       m_coworking.opensAt, m_coworking.closesAt, m_coworking.policy.slotMinutes };
    auto *dialog = new MoveDialog(*b, m_page->model()->spots(), day, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, booking = *b] {
        move(booking, dialog->spotId(), { dialog->from(), dialog->until() });
    });
    dialog->open();
}

void FloorController::move(const FloorBooking &booking, const QString &spotId,
                           const TimeRange &range)
{
    const ZoneTime &zone = m_page->model()->zone();
    if (spotId == booking.spotId) {
        m_page->panel()->setBusy(true);
        m_client.bookings().move(
                booking.id, range, m_calls, [this, zone, range](client::Result<Booking> r) {
                    m_page->panel()->setBusy(false);
                    if (!r.ok())
                        return failed(r.error(), tr("The booking was not moved."));
                    m_page->model()->upsertBooking(fromBooking(r.value()));
                    m_page->messageBar()->showPositive(
                            tr("The booking is now %1.")
                                    .arg(zone.rangeWithZone(range.from, range.until)));
                });
        return;
    }
    // The API reschedules in time only: another spot is a new booking for the same member. The
    // old one goes first (a member may not hold two overlapping bookings); if the new one is
    // refused, the old one is booked again.
    m_page->panel()->setBusy(true);
    m_client.bookings().cancel(
            booking.id, m_calls, [this, booking, spotId, range](client::Result<client::Done> r) {
                if (!r.ok()) {
                    m_page->panel()->setBusy(false);
                    return failed(r.error(), tr("The booking was not moved."));
                }
                m_page->model()->removeBooking(booking.id);
                client::NewBooking draft{ spotId, range, {}, booking.userId };
                m_client.bookings().create(
                        draft, QUuid::createUuid().toString(QUuid::WithoutBraces), m_calls,
                        [this, booking, spotId](client::Result<Booking> created) {
                            m_page->panel()->setBusy(false);
                            if (created.ok()) {
                                FloorBooking b = fromBooking(created.value());
                                b.userName = booking.userName;
                                m_page->model()->upsertBooking(b);
                                m_page->selectSpot(spotId);
                                m_page->messageBar()->showPositive(
                                        tr("The booking moved to %1, %2.")
                                                .arg(spotName(spotId),
                                                     m_page->model()->zone().rangeWithZone(
                                                             b.range.from, b.range.until)));
                                return;
                            }
                            const client::ApiError error = created.error();
                            client::NewBooking back{
                                booking.spotId, booking.range, {}, booking.userId
                            };
                            m_client.bookings().create(
                                    back, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    m_calls, [this, error, booking](client::Result<Booking> again) {
                                        if (again.ok()) {
                                            FloorBooking b = fromBooking(again.value());
                                            b.userName = booking.userName;
                                            m_page->model()->upsertBooking(b);
                                            return failed(error,
                                                          tr("The booking was not moved and "
                                                             "stays where it was."));
                                        }
                                        failed(error,
                                               tr("The booking was not moved, and the original "
                                                  "could not be booked again: book it anew."));
                                    });
                        });
            });
}

void FloorController::extend(const QString &bookingId, int minutes)
{
    const auto b = m_page->model()->booking(bookingId);
    if (!b)
        return;
    FloorBooking longer = *b;
    longer.range.until = b->range.until.addSecs(qint64(minutes) * 60);
    move(*b, b->spotId, longer.range);
}

} // namespace ui
} // namespace coworking
