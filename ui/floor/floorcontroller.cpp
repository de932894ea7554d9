#include "floorcontroller.h"

#include "bookfordialog.h"
#include "client/coworkingclient.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/reasondialog.h"
#include "daystrip.h"
#include "floorfeed.h"
#include "floormodel.h"
#include "floorpage.h"
#include "floorscene.h"
#include "floorview.h"
#include "movedialog.h"
#include "spotpanel.h"
#include "timecontrol.h"

#include <QPixmap>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

FloorController::FloorController(client::CoworkingClient &client, FloorPage *page, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_page(page),
      m_feed(new FloorFeed(client, page->model(), this))
{
    SpotPanel *panel = page->panel();
    connect(panel, &SpotPanel::bookRequested, this, &FloorController::openBookDialog);
    connect(panel, &SpotPanel::checkInRequested, this, &FloorController::checkIn);
    connect(panel, &SpotPanel::cancelRequested, this, &FloorController::askCancel);
    connect(panel, &SpotPanel::moveRequested, this, &FloorController::askMove);
    connect(panel, &SpotPanel::extendRequested, this, &FloorController::extend);
    // A block dragged (or keyed) in the day strip: the same move, then the strip learns the
    // answer; a refusal springs back and the message bar says why.
    connect(panel->strip(), &DayStrip::changeRequested, this,
            [this](const QString &bookingId, const TimeRange &range) {
                const auto b = m_page->model()->booking(bookingId);
                if (!b || !Roles::canRunFloor(m_role))
                    return m_page->panel()->strip()->finishChange(bookingId);
                move(*b, b->spotId, range);
            });
    connect(this, &FloorController::moveFinished, panel->strip(), &DayStrip::finishChange);
    connect(page->timeControl(), &TimeControl::dayChanged, this, [this] {
        // "Closed on <day>" is about the day that was shown: it goes with it.
        MessageBar *bar = m_page->messageBar();
        if (!m_closedDayMessage.isEmpty() && !bar->isHidden() && bar->text() == m_closedDayMessage)
            bar->dismiss();
        m_closedDayMessage.clear();
        if (!coworkingId().isEmpty())
            m_feed->setWindow(shownDay());
    });
    connect(page->scene(), &FloorScene::spotActivated, this, [this](const QString &spotId) {
        if (Roles::canRunFloor(m_role))
            openBookDialog(spotId, m_page->timeControl()->moment());
    });
    connect(m_feed, &FloorFeed::loaded, this, &FloorController::loaded);
    connect(m_feed, &FloorFeed::spotsLoaded, this, [this](int count) {
        m_page->setPlaceholder(count == 0 ? tr("This coworking has no spots yet.") : QString());
        m_page->view()->fitToFloor();
    });
    connect(m_feed, &FloorFeed::spotsFailed, this, [this](const client::ApiError &error) {
        m_page->setPlaceholder(ErrorText::describe(error));
    });
    connect(m_feed, &FloorFeed::windowFailed, this, [this](const client::ApiError &error) {
        failed(error, tr("The day's bookings could not be read."));
    });
    connect(m_feed, &FloorFeed::floorPlanLoaded, this, [this](const QPixmap &image) {
        m_page->scene()->setFloorPlan(image);
        m_page->view()->fitToFloor();
    });
    connect(m_feed, &FloorFeed::floorPlanFailed, this, [this] {
        m_page->messageBar()->showMessage(MessageBar::Kind::Warning,
                                          tr("The floor-plan image could not be loaded; the "
                                             "spots are shown without it."));
    });
    connect(m_feed, &FloorFeed::liveStateChanged, this, [this](client::LiveFeed::State state) {
        m_page->setStale(state == client::LiveFeed::State::Reconnecting);
        emit liveStateChanged(state);
    });
    page->setPlaceholder(tr("Choose a coworking to see its floor."));
}

FloorController::~FloorController() = default;

client::LiveFeed *FloorController::liveFeed() const
{
    return m_feed->liveFeed();
}

bool FloorController::isLoaded() const
{
    return m_feed->isLoaded();
}

QString FloorController::coworkingId() const
{
    return m_feed->coworking().id;
}

TimeRange FloorController::shownDay() const
{
    return { m_page->timeControl()->dayStart(), m_page->timeControl()->dayEnd() };
}

void FloorController::setCoworking(const Coworking &coworking, CoworkingRole role)
{
    delete m_calls; // answers for the previous coworking are dropped
    m_calls = new QObject(this);
    m_role = role;
    if (coworking.id.isEmpty()) {
        m_feed->setCoworking(coworking, role, {});
        m_page->setPlaceholder(tr("There is no coworking to show."));
        return;
    }
    const ZoneTime zone(coworking.timezone);
    m_page->timeControl()->setCoworking(zone, coworking.opensAt, coworking.closesAt,
                                        coworking.policy.slotMinutes);
    m_page->timeControl()->showNow();
    m_page->panel()->setStaff(Roles::canRunFloor(role), Roles::staffOnlyReason(role));
    m_page->panel()->setSpot({});
    m_page->setPlaceholder(tr("Loading the floor of %1…").arg(coworking.name));
    m_page->scene()->setFloorPlan(QPixmap());
    m_feed->setCoworking(coworking, role, shownDay());
    loadClosures();
}

void FloorController::refresh()
{
    m_feed->refresh();
    loadClosures();
}

// The closures of the days around today, so the time control knows each day's hours.
void FloorController::loadClosures()
{
    const Coworking &coworking = m_feed->coworking();
    if (coworking.id.isEmpty())
        return;
    // One read for a month back and most of a year ahead (the server's limit is 366 days); a
    // day with special hours then spans them as soon as it is chosen.
    const QDate today = ZoneTime(coworking.timezone).localDate(m_page->timeControl()->moment());
    m_client.coworkings().closures(
            coworking.id, today.addDays(-30), today.addDays(335), m_calls,
            [this](client::Result<QList<Closure>> r) {
                if (!r.ok())
                    return failed(r.error(),
                                  tr("The closures could not be read; the usual opening hours "
                                     "are shown."));
                m_page->timeControl()->setClosures(r.value());
            });
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
    TimeControl *time = m_page->timeControl();
    if (time->isClosed()) {
        m_closedDayMessage = tr("The coworking is closed on %1: nothing can be booked that day.")
                                     .arg(m_page->model()->zone().date(time->day()));
        m_page->messageBar()->showInfo(m_closedDayMessage);
        return;
    }
    if (m_bookDialog)
        m_bookDialog->close();
    const auto [opens, closes] = time->hoursOn(time->day());
    const SlotDay day{ m_page->model()->zone(), time->day(), opens, closes,
                       m_feed->coworking().policy.slotMinutes };
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
                    FloorBooking b = FloorFeed::fromBooking(r.value());
                    b.userName = userName;
                    m_feed->rememberName(userId, userName);
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
        m_page->model()->upsertBooking(FloorFeed::fromBooking(r.value()));
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
            bookingId, reason, m_calls, [this, bookingId, reason](client::Result<client::Done> r) {
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
    const QDate local = m_page->model()->zone().localDate(b->range.from);
    const auto [opens, closes] = m_page->timeControl()->hoursOn(local);
    const SlotDay day{ m_page->model()->zone(), local, opens, closes,
                       m_feed->coworking().policy.slotMinutes };
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
    // One PATCH moves the time and, when it differs, the spot: the booking keeps its id,
    // options and check-in, and a refusal leaves it as it was.
    const QString toSpot = spotId == booking.spotId ? QString() : spotId;
    m_page->panel()->setBusy(true);
    m_client.bookings().move(
            booking.id, range, toSpot, m_calls, [this, booking, toSpot](client::Result<Booking> r) {
                m_page->panel()->setBusy(false);
                if (!r.ok()) {
                    emit moveFinished(booking.id);
                    return failed(r.error(), tr("The booking was not moved."));
                }
                FloorBooking b = FloorFeed::fromBooking(r.value());
                b.userName = booking.userName;
                b.userEmail = booking.userEmail;
                m_page->model()->upsertBooking(b);
                const QString when =
                        m_page->model()->zone().rangeWithZone(b.range.from, b.range.until);
                if (toSpot.isEmpty()) {
                    m_page->messageBar()->showPositive(tr("The booking is now %1.").arg(when));
                } else {
                    m_page->selectSpot(b.spotId);
                    m_page->messageBar()->showPositive(
                            tr("The booking moved to %1, %2.").arg(spotName(b.spotId), when));
                }
                emit moveFinished(booking.id);
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
