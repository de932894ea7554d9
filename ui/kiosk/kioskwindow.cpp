#include "kioskwindow.h"

#include "bookings/bookingcode.h"
#include "cardpage.h"
#include "checkinpage.h"
#include "client/coworkingclient.h"
#include "common/clock.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/translations.h"
#include "durationpage.h"
#include "exitpage.h"
#include "floor/floorfeed.h"
#include "floor/floormodel.h"
#include "floor/floorscene.h"
#include "guestpage.h"
#include "holdbutton.h"
#include "homepage.h"
#include "kiosklookup.h"
#include "kioskmetrics.h"
#include "kiosksession.h"
#include "pinpad.h"
#include "qrcode.h"
#include "setuppage.h"
#include "spotpage.h"
#include "walkinplanner.h"
#include "whopage.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

constexpr int kDefaultIdleMsecs = 60'000;
constexpr int kQrModulePixels = 8;

} // namespace

QString KioskWindow::codeOf(const Booking &booking)
{
    return booking.code;
}

QString KioskWindow::displayCode(const QString &code)
{
    // Two groups of four read out more easily than eight in a row; a space, not the dash of
    // bookingcode::grouped(), since the large type makes a dash look like a ninth character.
    return bookingcode::grouped(code).replace(u'-', u' ');
}

KioskWindow::KioskWindow(client::CoworkingClient &client, KioskSession &session, const Clock &clock,
                         Translations *translations, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_session(session),
      m_clock(clock),
      m_translations(translations),
      m_model(new FloorModel(this)),
      m_scene(new FloorScene(this)),
      m_feed(new FloorFeed(client, m_model, this)),
      m_lookup(new KioskLookup(client, this)),
      m_name(new QLabel(this)),
      m_clockLabel(new QLabel(this)),
      m_english(new QPushButton(u"English"_s, this)),
      m_russian(new QPushButton(u"Русский"_s, this)),
      m_corner(new HoldButton(this)),
      m_pages(new QStackedWidget(this))
{
    setObjectName(u"kiosk"_s);
    setStyleSheet(KioskMetrics::styleSheet(this));
    m_scene->setModel(m_model);
    m_scene->setPalette(palette());

    // The bar on top: the way out, the coworking, the clock, the language.
    auto *bar = new QHBoxLayout;
    const int gap = KioskMetrics::px(this, 16);
    bar->setContentsMargins(gap / 2, gap / 2, gap, 0);
    bar->addWidget(m_corner);
    m_name->setProperty("role", u"title"_s);
    bar->addWidget(m_name);
    bar->addStretch(1);
    m_clockLabel->setProperty("role", u"title"_s);
    bar->addWidget(m_clockLabel);
    bar->addStretch(1);
    auto *languages = new QButtonGroup(this);
    for (QPushButton *b : { m_english, m_russian }) {
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        languages->addButton(b);
        bar->addWidget(b);
    }
    m_english->setLocale(QLocale(QLocale::English));
    m_russian->setLocale(QLocale(QLocale::Russian));
    const QString language = translations ? translations->language() : u"en"_s;
    (language == u"ru" ? m_russian : m_english)->setChecked(true);
    connect(m_english, &QPushButton::clicked, this, [this] {
        if (m_translations)
            m_translations->apply(u"en"_s);
    });
    connect(m_russian, &QPushButton::clicked, this, [this] {
        if (m_translations)
            m_translations->apply(u"ru"_s);
    });

    m_setup = new SetupPage(m_pages);
    m_home = new HomePage(m_scene, m_model, m_pages);
    m_spot = new SpotPage(m_scene, m_pages);
    m_durations = new DurationPage(m_pages);
    m_who = new WhoPage(m_pages);
    m_guest = new GuestPage(m_pages);
    m_confirm = new CardPage(
            u"confirm"_s, [] { return tr("Check and book"); }, [] { return tr("Book"); }, m_pages);
    m_confirm->setStep(4, 4);
    m_done = new CardPage(
            u"done"_s, [] { return tr("Booked!"); }, [] { return tr("Done"); }, m_pages);
    m_done->setNavigation(false, false);
    m_checkIn = new CheckInPage(m_pages);
    m_checkedIn = new CardPage(
            u"checkedin"_s, [] { return tr("You are checked in"); }, [] { return tr("Done"); },
            m_pages);
    m_checkedIn->setNavigation(false, false);
    m_exit = new ExitPage(m_pages);
    for (QWidget *page :
         std::initializer_list<QWidget *>{ m_setup, m_home, m_spot, m_durations, m_who, m_guest,
                                           m_confirm, m_done, m_checkIn, m_checkedIn, m_exit })
        m_pages->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    // Every page's Cancel goes home; Back goes one step back.
    for (KioskPage *page : std::initializer_list<KioskPage *>{ m_spot, m_durations, m_who, m_guest,
                                                               m_confirm, m_checkIn, m_exit })
        connect(page, &KioskPage::cancelRequested, this, &KioskWindow::goHome);
    connect(m_spot, &KioskPage::backRequested, this, &KioskWindow::goHome);
    connect(m_durations, &KioskPage::backRequested, this, [this] { showScreen(Screen::Spot); });
    connect(m_who, &KioskPage::backRequested, this, [this] { showScreen(Screen::Durations); });
    connect(m_guest, &KioskPage::backRequested, this, [this] { showScreen(Screen::Who); });
    connect(m_confirm, &KioskPage::backRequested, this, [this] {
        if (!m_inFlight)
            showScreen(Screen::Who);
    });
    connect(m_checkIn, &KioskPage::backRequested, this, &KioskWindow::goHome);
    m_exit->setNavigation(false, true);

    connect(m_setup, &SetupPage::submitted, this,
            [this](const QString &email, const QString &password, const QString &pin) {
                m_setup->setBusy(true);
                m_setup->showError({});
                m_session.signIn(email, password, pin);
            });
    connect(&m_session, &KioskSession::ready, this, &KioskWindow::onReady);
    connect(&m_session, &KioskSession::signInNeeded, this, &KioskWindow::onSignInNeeded);

    connect(m_home, &HomePage::bookRequested, this, [this] {
        // Read again as someone starts: a closure the desk just added shows before the last tap.
        loadClosures();
        startWalkIn({});
    });
    connect(m_home, &HomePage::checkInRequested, this, [this] {
        m_checkIn->reset();
        m_found.clear();
        showScreen(Screen::CheckIn);
    });
    connect(m_scene, &FloorScene::selectedSpotChanged, this, [this](const QString &id) {
        if (id.isEmpty())
            return;
        if (m_screen == Screen::Home && closedToday())
            m_scene->clearSelection(); // the home page says why nothing can be booked
        else if (m_screen == Screen::Home)
            startWalkIn(id);
        else if (m_screen == Screen::Spot && id != m_spotId)
            chooseSpot(id);
    });
    connect(m_spot, &SpotPage::anyRequested, this, &KioskWindow::chooseAnySpot);
    connect(m_spot, &SpotPage::nextRequested, this, &KioskWindow::showDurations);
    connect(m_durations, &DurationPage::chosen, this, [this](const TimeRange &range) {
        m_range = range;
        m_who->reset();
        showScreen(Screen::Who);
    });
    connect(m_who, &WhoPage::searchRequested, this, &KioskWindow::findPeople);
    connect(m_who, &WhoPage::chosen, this, [this](const User &user) { chooseMember(user); });
    connect(m_who, &WhoPage::newGuestRequested, this, [this] {
        m_guest->reset();
        showScreen(Screen::Guest);
    });
    connect(m_guest, &GuestPage::submitted, this, &KioskWindow::registerGuest);
    connect(m_confirm, &CardPage::actionRequested, this, &KioskWindow::book);
    connect(m_done, &CardPage::actionRequested, this, &KioskWindow::goHome);
    connect(m_checkIn, &CheckInPage::codeEntered, this, &KioskWindow::findByCode);
    connect(m_checkIn, &CheckInPage::nameEntered, this, &KioskWindow::findByName);
    connect(m_checkIn, &CheckInPage::checkInRequested, this, &KioskWindow::checkIn);
    connect(m_checkedIn, &CardPage::actionRequested, this, &KioskWindow::goHome);
    connect(m_corner, &HoldButton::held, this, &KioskWindow::askPin);
    connect(m_exit->pad(), &PinPad::entered, this, &KioskWindow::checkPin);

    connect(m_feed, &FloorFeed::floorPlanLoaded, this,
            [this](const QPixmap &image) { m_scene->setFloorPlan(image); });
    connect(m_feed, &FloorFeed::liveStateChanged, this, [this](client::LiveFeed::State state) {
        m_home->setStale(state == client::LiveFeed::State::Reconnecting);
    });

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &KioskWindow::tick);
    // A closure added from the desk reaches an idle entrance within a minute (one small read
    // per minute and kiosk), and a walk-in at once (above).
    m_closuresTimer.setInterval(60 * 1000);
    connect(&m_closuresTimer, &QTimer::timeout, this, &KioskWindow::loadClosures);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kDefaultIdleMsecs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        // A booking on its way is never dropped: home waits for its answer.
        if (m_inFlight)
            return m_idle.start();
        if (m_screen != Screen::Home && m_screen != Screen::Setup)
            goHome();
    });
    m_unlock.setSingleShot(true);
    connect(&m_unlock, &QTimer::timeout, this, [this] {
        m_exit->pad()->setKeysEnabled(true);
        m_exit->setNote({}, false);
    });
    qApp->installEventFilter(this);
    m_calls = new QObject(this);
    retranslate();
    showScreen(Screen::Setup);
    m_setup->setServer(client.api().baseUrl().toString(), session.coworkingId());
    m_setup->setBusy(true);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::setIdleTimeout(int msecs)
{
    m_idle.setInterval(msecs);
}

int KioskWindow::idleTimeout() const
{
    return m_idle.interval();
}

void KioskWindow::showScreen(Screen screen)
{
    m_screen = screen;
    QWidget *page = nullptr;
    switch (screen) {
    case Screen::Setup:
        page = m_setup;
        break;
    case Screen::Home:
        page = m_home;
        break;
    case Screen::Spot:
        page = m_spot;
        break;
    case Screen::Durations:
        page = m_durations;
        break;
    case Screen::Who:
        page = m_who;
        break;
    case Screen::Guest:
        page = m_guest;
        break;
    case Screen::Confirm:
        page = m_confirm;
        break;
    case Screen::Done:
        page = m_done;
        break;
    case Screen::CheckIn:
        page = m_checkIn;
        break;
    case Screen::CheckedIn:
        page = m_checkedIn;
        break;
    case Screen::Exit:
        page = m_exit;
        break;
    }
    m_pages->setCurrentWidget(page);
    m_idle.start();
    emit screenChanged(screen);
}

void KioskWindow::goHome()
{
    // The answers of the abandoned flow are not wanted any more; one in flight still lands
    // (its context is kept until it answers).
    if (!m_inFlight) {
        delete m_calls;
        m_calls = new QObject(this);
    }
    m_spotId.clear();
    m_member.reset();
    m_found.clear();
    m_scene->clearSelection();
    for (KioskPage *page : std::initializer_list<KioskPage *>{ m_spot, m_durations, m_who, m_guest,
                                                               m_confirm, m_checkIn, m_exit })
        page->messageBar()->dismiss();
    showScreen(m_session.isReady() ? Screen::Home : Screen::Setup);
}

void KioskWindow::onReady()
{
    const Coworking &c = m_session.coworking();
    m_zone = ZoneTime(c.timezone);
    m_shownDay = m_zone.localDate(m_clock.now());
    m_lookup->setCoworking(c.id, m_session.role() == CoworkingRole::Admin);
    m_model->setMoment(m_clock.now());
    m_feed->setCoworking(c, m_session.role(), today());
    m_closures.clear();
    m_home->setClosure(std::nullopt);
    m_model->setClosed(false);
    loadClosures();
    m_closuresTimer.start();
    m_setup->setBusy(false);
    m_ticker.start();
    tick();
    retranslate();
    goHome();
}

void KioskWindow::onSignInNeeded(const QString &error)
{
    m_setup->setBusy(false);
    m_setup->setAskPin(!m_session.exitPin().isSet());
    m_setup->setKeychainAvailable(m_client.tokens().persistent());
    m_setup->showError(error);
    showScreen(Screen::Setup);
}

TimeRange KioskWindow::today() const
{
    return { m_zone.toUtc(m_shownDay, QTime(0, 0)),
             m_zone.toUtc(m_shownDay.addDays(1), QTime(0, 0)) };
}

void KioskWindow::tick()
{
    const QDateTime now = m_clock.now();
    m_clockLabel->setText(m_zone.time(now));
    m_model->setMoment(now);
    const QDate day = m_zone.localDate(now);
    if (day != m_shownDay && m_session.isReady()) {
        m_shownDay = day;
        m_feed->setWindow(today());
        loadClosures();
    }
    if (!m_stateFile.isEmpty())
        writeState(now);
}

void KioskWindow::loadClosures()
{
    if (!m_session.isReady())
        return;
    const QString coworkingId = m_session.coworkingId();
    m_client.coworkings().closures(coworkingId, m_shownDay.addDays(-1), m_shownDay.addDays(1), this,
                                   [this, coworkingId](client::Result<QList<Closure>> r) {
                                       // Unread, the usual hours hold (the server refuses a booking
                                       // on a closed day anyway); the next read tries again.
                                       if (!r.ok() || coworkingId != m_session.coworkingId())
                                           return;
                                       m_closures = r.value();
                                       std::optional<Closure> today;
                                       for (const Closure &c : std::as_const(m_closures)) {
                                           if (c.date == m_shownDay)
                                               today = c;
                                       }
                                       m_home->setClosure(today);
                                       m_model->setClosed(closedToday());
                                   });
}

bool KioskWindow::closedToday() const
{
    for (const Closure &c : m_closures) {
        if (c.date == m_shownDay && c.closedAllDay())
            return true;
    }
    return false;
}

void KioskWindow::writeState(const QDateTime &now) const
{
    static const char *const names[] = { "free", "starts_soon", "booked", "checked_in",
                                         "inactive" };
    QJsonObject spots;
    for (int row = 0; row < m_model->rowCount(); ++row)
        spots.insert(m_model->index(row).data(FloorModel::SpotIdRole).toString(),
                     QString::fromLatin1(names[int(m_model->stateAt(row))]));
    const QJsonObject state{ { u"at"_s, now.toString(Qt::ISODateWithMs) },
                             { u"live"_s,
                               m_feed->liveFeed() != nullptr
                                       && m_feed->liveFeed()->state()
                                               == client::LiveFeed::State::Live },
                             { u"spots"_s, spots } };
    QSaveFile file(m_stateFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

QString KioskWindow::spotName(const QString &spotId) const
{
    const Spot *s = m_model->spot(spotId);
    return s ? s->name : tr("the spot");
}

// ---- walk-in ---------------------------------------------------------------------------------

void KioskWindow::startWalkIn(const QString &spotId)
{
    m_spotId.clear();
    m_freeBySpot.clear();
    m_member.reset();
    m_booking.reset();
    m_spot->messageBar()->dismiss();
    m_spot->setChoice({}, false);
    showScreen(Screen::Spot);
    if (spotId.isEmpty())
        m_scene->clearSelection();
    else
        chooseSpot(spotId);
}

void KioskWindow::readFreeSpots(std::function<void()> then)
{
    // The busy times around now, fresh at each choice: the map may lag by a moment.
    const QDateTime now = m_clock.now();
    m_client.coworkings().timeline(
            m_session.coworkingId(), now.addDays(-1), now.addDays(1), m_calls,
            [this, now, then = std::move(then)](client::Result<QList<SpotTimeline>> r) {
                if (!r.ok()) {
                    m_spot->messageBar()->showError(ErrorText::describe(r.error()));
                    return;
                }
                const WalkInPlanner planner(m_session.coworking(), m_closures);
                m_freeBySpot.clear();
                for (const SpotTimeline &t : r.value()) {
                    const Spot *spot = m_model->spot(t.spotId);
                    if (!spot || !spot->active)
                        continue;
                    QList<TimeRange> busy;
                    for (const Booking &b : t.busy)
                        busy.append(b.range);
                    if (const auto free = planner.freeNow(busy, now))
                        m_freeBySpot.insert(t.spotId, *free);
                }
                then();
            });
}

void KioskWindow::chooseSpot(const QString &spotId)
{
    m_spotId = spotId;
    m_spot->setChoice(tr("Checking %1…").arg(spotName(spotId)), false);
    readFreeSpots([this] { showChoice(); });
}

void KioskWindow::chooseAnySpot()
{
    m_spot->setChoice(tr("Looking for a free spot…"), false);
    readFreeSpots([this] {
        QStringList order;
        for (const Spot &s : m_model->spots())
            order.append(s.id);
        const auto best = WalkInPlanner::bestFit(m_freeBySpot, order);
        m_spotId = best.value_or(QString());
        if (best)
            m_scene->selectSpot(*best);
        showChoice();
    });
}

void KioskWindow::showChoice()
{
    if (m_spotId.isEmpty()) {
        m_spot->setChoice(m_freeBySpot.isEmpty() ? tr("No spot is free now, sorry.") : QString(),
                          false);
        return;
    }
    const auto free = m_freeBySpot.constFind(m_spotId);
    if (free == m_freeBySpot.constEnd()) {
        m_spot->setChoice(tr("%1 is not free now. Tap a green spot.").arg(spotName(m_spotId)),
                          false);
        return;
    }
    m_spot->setChoice(
            tr("%1 is free from %2 until %3.")
                    .arg(spotName(m_spotId), m_zone.time(free->from), m_zone.time(free->until)),
            true);
}

void KioskWindow::showDurations()
{
    const auto free = m_freeBySpot.constFind(m_spotId);
    if (free == m_freeBySpot.constEnd())
        return;
    const WalkInPlanner planner(m_session.coworking(), m_closures);
    m_durations->setOptions(spotName(m_spotId), planner.durations(*free), m_zone);
    showScreen(Screen::Durations);
}

void KioskWindow::findPeople(const QString &text)
{
    m_who->setBusy(true);
    m_who->setResults({}, tr("Looking…"));
    const bool scanned = KioskLookup::classify(text) != KioskLookup::Kind::Name;
    m_lookup->findPeople(text, m_calls, [this, scanned](KioskLookup::People r) {
        m_who->setBusy(false);
        if (!r.ok()) {
            const bool notFound = r.error().isHttp(404);
            m_who->setResults({},
                              notFound ? tr("Nobody was found. Check what you typed, or "
                                            "tap \"I'm new here\".")
                                       : ErrorText::describe(r.error()));
            return;
        }
        const QList<User> people = r.value();
        // A scanned code names one person: go on at once.
        if (scanned && people.size() == 1)
            return chooseMember(people.first());
        m_who->setResults(people,
                          people.isEmpty() ? tr("Nobody was found. Check what you typed, or tap "
                                                "\"I'm new here\".")
                                           : QString());
    });
}

void KioskWindow::chooseMember(const User &user, const QString &note)
{
    m_member = user;
    m_bookingKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString spotId = m_spotId;
    const TimeRange range = m_range;
    m_confirm->setSummary([this, spotId, range, name = user.fullName] {
        return tr("Spot: %1\nTime: today, %2\nName: %3")
                .arg(spotName(spotId), m_zone.range(range.from, range.until), name);
    });
    m_confirm->setCode({}, {});
    m_confirm->setBusy(false);
    if (note.isEmpty())
        m_confirm->messageBar()->dismiss();
    else
        m_confirm->messageBar()->showInfo(note);
    showScreen(Screen::Confirm);
}

void KioskWindow::registerGuest(const QString &name, const QString &email)
{
    m_guest->setBusy(true);
    m_client.users().registerGuest(
            m_session.coworkingId(), email, name, m_calls, [this, email](client::Result<User> r) {
                if (r.ok()) {
                    m_guest->setBusy(false);
                    return chooseMember(r.value());
                }
                if (r.error().code != u"EMAIL_TAKEN") {
                    m_guest->setBusy(false);
                    return m_guest->showError(r.error());
                }
                // Registered already: book for that account (staff may look up an exact email).
                m_client.users().search(
                        {}, email, { 1, 0 }, m_calls, [this](client::Result<Page<User>> found) {
                            m_guest->setBusy(false);
                            if (!found.ok() || found.value().items.isEmpty())
                                return m_guest->messageBar()->showError(
                                        tr("This email is registered already, "
                                           "but its account cannot be used "
                                           "here. Ask the staff."));
                            const User user = found.value().items.first();
                            chooseMember(
                                    user,
                                    tr("You are registered already, as %1.").arg(user.fullName));
                        });
            });
}

void KioskWindow::book()
{
    if (m_inFlight || !m_member)
        return;
    m_inFlight = true;
    m_confirm->setBusy(true);
    m_confirm->messageBar()->showInfo(tr("Booking…"));
    client::NewBooking draft;
    draft.spotId = m_spotId;
    draft.range = m_range;
    draft.userId = m_member->id;
    // Its own context: going home while it is on its way must not drop the answer.
    auto *call = new QObject(this);
    m_client.bookings().create(draft, m_bookingKey, call, [this, call](client::Result<Booking> r) {
        call->deleteLater();
        m_inFlight = false;
        m_confirm->setBusy(false);
        if (r.ok())
            return booked(r.value());
        bookingFailed(r.error());
    });
}

void KioskWindow::booked(const Booking &booking)
{
    m_booking = booking;
    m_feed->rememberName(booking.userId, m_member ? m_member->fullName : QString());
    m_model->upsertBooking(FloorFeed::fromBooking(booking));
    const QString name = m_member ? m_member->fullName : QString();
    m_done->setSummary(
            [this, booking, name] {
                return tr("%1, %2 is yours today, %3.")
                        .arg(name, spotName(booking.spotId),
                             m_zone.range(booking.range.from, booking.range.until));
            },
            true);
    const QString code = codeOf(booking);
    m_done->setCode(displayCode(code),
                    code.isEmpty()
                            ? QImage()
                            : qrCodeImage(code.toUtf8(), KioskMetrics::px(this, kQrModulePixels)));
    m_confirm->messageBar()->dismiss();
    showScreen(Screen::Done);
}

void KioskWindow::bookingFailed(const client::ApiError &error)
{
    const auto alternative = error.alternativeSpot();
    if (error.code == u"BOOKING_CONFLICT" && alternative) {
        const QString altId = alternative->value(u"id"_s).toString();
        const QString altName = alternative->value(u"name"_s).toString();
        m_confirm->messageBar()->showMessage(
                MessageBar::Kind::Warning,
                tr("%1 was just booked by someone else. %2 is free at that time: book %2?")
                        .arg(spotName(m_spotId), altName),
                tr("Book %1").arg(altName), [this, altId] {
                    m_spotId = altId;
                    m_scene->selectSpot(altId);
                    m_bookingKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    chooseMember(*m_member);
                    book();
                });
        return;
    }
    m_confirm->messageBar()->showError(tr("The booking was not made. %1 Go back to change it, or "
                                          "Cancel to start again.")
                                               .arg(ErrorText::describe(error)));
}

// ---- check-in --------------------------------------------------------------------------------

void KioskWindow::findByCode(const QString &code)
{
    m_checkIn->setBusy(true);
    m_checkIn->messageBar()->dismiss();
    const QString normal = KioskLookup::normalizedCode(code);
    m_client.bookings().byCode(
            m_session.coworkingId(), normal, m_calls, [this, normal](client::Result<Booking> r) {
                if (!r.ok()) {
                    m_checkIn->setBusy(false);
                    m_found.clear();
                    if (r.error().isHttp(404))
                        return m_checkIn->setResults(
                                {},
                                tr("No booking here has the code %1. Check the code, or find "
                                   "your booking by name.")
                                        .arg(normal));
                    return m_checkIn->setResults({}, ErrorText::describe(r.error()));
                }
                const Booking booking = r.value();
                m_client.users().get(booking.userId, m_calls,
                                     [this, booking](client::Result<User> u) {
                                         m_checkIn->setBusy(false);
                                         BookingDetails d;
                                         d.booking = booking;
                                         if (u.ok())
                                             d.user = u.value();
                                         m_found = { d };
                                         showCheckInResults({});
                                     });
            });
}

void KioskWindow::findByName(const QString &name)
{
    m_checkIn->setBusy(true);
    m_checkIn->messageBar()->dismiss();
    m_lookup->findBookings(name, today(), m_calls, [this](KioskLookup::Bookings r) {
        m_checkIn->setBusy(false);
        if (!r.ok()) {
            m_found.clear();
            return m_checkIn->setResults({}, ErrorText::describe(r.error()));
        }
        m_found = r.value();
        showCheckInResults(m_found.isEmpty() ? tr("No booking of today was found for that name.")
                                             : QString());
    });
}

void KioskWindow::showCheckInResults(const QString &note)
{
    QStringList lines;
    for (const BookingDetails &d : std::as_const(m_found)) {
        QString line =
                tr("%1 · %2 · %3")
                        .arg(d.user ? d.user->fullName : tr("A member"), spotName(d.booking.spotId),
                             m_zone.range(d.booking.range.from, d.booking.range.until));
        if (d.booking.checkedInAt.isValid())
            line += u" · "_s + tr("checked in");
        lines.append(line);
    }
    m_checkIn->setResults(lines, note);
}

void KioskWindow::checkIn(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    const BookingDetails d = m_found.at(row);
    m_checkIn->setBusy(true);
    m_client.bookings().checkIn(d.booking.id, m_calls, [this, d](client::Result<Booking> r) {
        m_checkIn->setBusy(false);
        if (!r.ok())
            return m_checkIn->messageBar()->showError(ErrorText::describe(r.error()));
        m_model->upsertBooking(FloorFeed::fromBooking(r.value()));
        BookingDetails done = d;
        done.booking = r.value();
        m_checkedInBooking = done;
        m_checkedIn->setSummary(
                [this, done] {
                    return tr("Welcome, %1! %2 is yours until %3.")
                            .arg(done.user ? done.user->fullName : tr("dear member"),
                                 spotName(done.booking.spotId),
                                 m_zone.time(done.booking.range.until));
                },
                true);
        showScreen(Screen::CheckedIn);
    });
}

// ---- leaving ---------------------------------------------------------------------------------

void KioskWindow::askPin()
{
    if (!m_session.exitPin().isSet()) {
        // No PIN was ever chosen (a set-up not finished): nothing to guard yet.
        m_exitAllowed = true;
        emit exitAllowed();
        close();
        return;
    }
    m_exit->reset();
    if (m_session.exitPin().isLockedOut()) {
        m_exit->pad()->setKeysEnabled(false);
        m_exit->setNote(tr("Too many wrong PINs. Try again in %n second(s).", nullptr,
                           m_session.exitPin().lockoutSecondsLeft()),
                        true);
    }
    showScreen(Screen::Exit);
}

void KioskWindow::checkPin(const QString &pin)
{
    m_exit->pad()->setKeysEnabled(false);
    m_session.exitPin().check(pin, [this](ExitPin::Outcome outcome) {
        m_exit->pad()->clear();
        switch (outcome) {
        case ExitPin::Outcome::Right:
            m_exitAllowed = true;
            emit exitAllowed();
            close();
            return;
        case ExitPin::Outcome::Wrong:
            m_exit->pad()->setKeysEnabled(true);
            m_exit->setNote(tr("Wrong PIN. %n attempt(s) left.", nullptr,
                               ExitPin::kMaxAttempts - m_session.exitPin().wrongAttempts()),
                            true);
            return;
        case ExitPin::Outcome::LockedOut: {
            const int seconds = m_session.exitPin().lockoutSecondsLeft();
            m_exit->setNote(tr("Too many wrong PINs. Try again in %n second(s).", nullptr, seconds),
                            true);
            m_unlock.start(seconds * 1000);
            return;
        }
        }
    });
}

// ---- the window ------------------------------------------------------------------------------

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4, a window manager's close: only the exit PIN lets the kiosk go.
    if (m_exitAllowed)
        event->accept();
    else
        event->ignore();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        m_idle.start(); // a touch (or a scanner's key) anywhere keeps the flow alive
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Coworking kiosk"));
    // Times and dates follow the language's locale.
    if (m_session.isReady())
        m_zone = ZoneTime(m_session.coworking().timezone);
    m_name->setText(m_session.isReady() ? m_session.coworking().name : tr("Coworking kiosk"));
    m_clockLabel->setText(m_zone.time(m_clock.now()));
    m_english->setToolTip(tr("English"));
    m_russian->setToolTip(tr("Russian"));
    if (m_screen == Screen::Spot && !m_spotId.isEmpty())
        showChoice();
    if (m_screen == Screen::Durations)
        showDurations();
    if (m_screen == Screen::CheckIn && !m_found.isEmpty())
        showCheckInResults({});
}

} // namespace ui
} // namespace coworking
