// desk-bench: figures of the operator desk (bench/desk/README.md). Not a test: it prints numbers.
//
//   desk-bench start  --server URL --email E --coworking ID --spots N --since-ns T0
//       start to the first painted map: the desk's own session (sign-in, coworkings, main window,
//       floor) until the map's viewport has painted N spot items; T0 is when the script started
//       the process (date +%s%N), so process start-up is included.
//   desk-bench frames [--spots 1000] [--frames 300]
//       frame time of the map while panning and zooming a synthetic floor (no server).
//   desk-bench live   --server URL --email E --booker B --coworking ID [--changes 100]
//                     [--interval-ms 0] [--rss-every-min 1]
//       another client books and cancels over HTTP; each change's delay until the spot's item is
//       repainted; with an interval, the resident memory along the way (the hour-long run).
// Passwords come from DESK_BENCH_PASSWORD.
#include "client/coworkingclient.h"
#include "common/clock.h"
#include "common/zonetime.h"
#include "floor/floorcontroller.h"
#include "floor/floormodel.h"
#include "floor/floorpage.h"
#include "floor/floorscene.h"
#include "floor/floorview.h"
#include "floor/spotitem.h"
#include "floor/timecontrol.h"
#include "shell/desksession.h"
#include "shell/mainwindow.h"
#include "shell/signinwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::ui;

namespace {

qint64 realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = qBound<qsizetype>(0, qsizetype(p / 100.0 * double(values.size() - 1) + 0.5),
                                          values.size() - 1);
    return values.at(i);
}

void printStats(const char *what, const QList<double> &ms)
{
    std::printf("%-34s n=%-5lld p50 %8.2f ms   p95 %8.2f ms   max %8.2f ms\n", what,
                qlonglong(ms.size()), percentile(ms, 50), percentile(ms, 95),
                ms.isEmpty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
    std::fflush(stdout);
}

// Calls `painted` once the viewport has finished a paint for which `ready` holds.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QWidget *viewport, std::function<bool()> ready, std::function<void()> painted)
        : QObject(viewport), m_ready(std::move(ready)), m_painted(std::move(painted))
    {
        viewport->installEventFilter(this);
    }
    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint && m_ready()) {
            m_armed = false;
            // A zero timer runs after this paint event has been handled: the frame is drawn.
            QTimer::singleShot(0, this, [this] { m_painted(); });
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_painted;
    bool m_armed = false;
};

struct Options
{
    QString mode;
    QUrl server;
    QString email;
    QString booker;
    QString coworkingId;
    QString password;
    int spots = 0;
    int frames = 300;
    int changes = 100;
    int intervalMs = 0;
    int rssEveryMin = 1;
    qint64 sinceNs = 0;
};

// The desk as coworking-desk composes it, signed in, showing `coworkingId` on its floor.
class Desk final
{
public:
    explicit Desk(const Options &o) : m_client(o.server), m_session(m_client, m_clock)
    {
        QObject::connect(&m_session, &DeskSession::mainWindowCreated, &m_session,
                         [this](MainWindow *w) { m_main = w; });
        QObject::connect(&m_session, &DeskSession::floorLoaded, &m_session,
                         [this, id = o.coworkingId] {
                             if (m_session.floorController()->coworkingId() != id && m_main)
                                 m_main->selectCoworking(id);
                         });
        m_session.signInWith(o.server, o.email, o.password);
    }
    DeskSession &session() { return m_session; }
    FloorPage *floor() const { return m_session.floorPage(); }
    bool showing(const QString &coworkingId, int spots) const
    {
        FloorController *c = m_session.floorController();
        return c && c->coworkingId() == coworkingId && c->isLoaded()
                && floor()->scene()->spotItems().size() >= spots;
    }

private:
    SystemClock m_clock;
    client::CoworkingClient m_client;
    DeskSession m_session;
    MainWindow *m_main = nullptr;
};

int runStart(const Options &o)
{
    auto *desk = new Desk(o);
    PaintWatch *watch = nullptr;
    QObject::connect(&desk->session(), &DeskSession::floorLoaded, &desk->session(), [&] {
        if (watch || !desk->showing(o.coworkingId, o.spots))
            return;
        FloorView *view = desk->floor()->view();
        watch = new PaintWatch(
                view->viewport(), [] { return true; },
                [&o] {
                    const double ms = double(realtimeNs() - o.sinceNs) / 1e6;
                    std::printf("start to first painted map: %.1f ms (%d spots), RSS %.1f MiB\n",
                                ms, o.spots, rssMiB());
                    std::fflush(stdout);
                    QApplication::exit(0);
                });
        watch->arm();
        view->viewport()->update();
    });
    QTimer::singleShot(60000, qApp, [] {
        std::fprintf(stderr, "desk-bench: no map within 60 s\n");
        QApplication::exit(1);
    });
    const int rc = QApplication::exec();
    delete desk;
    return rc;
}

int runFrames(const Options &o)
{
    SystemClock clock;
    FloorPage page(clock);
    page.resize(1600, 1000);
    FloorModel *model = page.model();
    model->setZone(ZoneTime(u"Europe/Moscow"_s));
    const QDateTime moment = QDateTime::currentDateTimeUtc();
    QList<Spot> spots;
    QList<FloorBooking> bookings;
    const int perRow = 40;
    for (int i = 0; i < o.spots; ++i) {
        Spot s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.coworkingId = u"bench"_s;
        s.name = u"Desk %1"_s.arg(i + 1);
        s.position = i;
        s.active = i % 17 != 0;
        s.map = SpotPlacement{ (i % perRow) * 60.0, (i / perRow) * 50.0, 50.0, 40.0,
                               i % 9 == 0 ? 90.0 : 0.0 };
        spots.append(s);
        if (i % 3 != 0) {
            FloorBooking b;
            b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            b.spotId = s.id;
            b.userId = u"u%1"_s.arg(i);
            b.userName = u"Member %1"_s.arg(i);
            // Booked now, starting soon, checked in: every look of the map is drawn.
            const qint64 shift = i % 3 == 1 ? -1800 : 600;
            b.range = { moment.addSecs(shift), moment.addSecs(shift + 3600) };
            if (i % 5 == 0 && shift < 0)
                b.checkedInAt = moment.addSecs(shift);
            bookings.append(b);
        }
    }
    model->setSpots(spots);
    model->setBookings(bookings);
    model->setMoment(moment);
    page.show();
    FloorView *view = page.view();
    view->fitToFloor();
    QApplication::processEvents();

    QList<double> pan;
    QList<double> zoom;
    QElapsedTimer t;
    QWidget *viewport = view->viewport();
    // Warm-up: the first frames fill caches (fonts, gradients).
    for (int i = 0; i < 10; ++i)
        viewport->repaint();
    for (int i = 0; i < o.frames; ++i) {
        // Zoom in and out about the centre (the wheel's steps), then pan across at that zoom.
        t.start();
        view->zoomBy(i % 40 < 20 ? 1.1 : 1 / 1.1);
        viewport->repaint();
        zoom.append(double(t.nsecsElapsed()) / 1e6);

        t.start();
        QScrollBar *h = view->horizontalScrollBar();
        QScrollBar *v = view->verticalScrollBar();
        h->setValue(h->minimum() + (h->maximum() - h->minimum()) * (i % 50) / 49);
        v->setValue(v->minimum() + (v->maximum() - v->minimum()) * ((i / 7) % 20) / 19);
        viewport->repaint();
        pan.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("floor: %d spots, viewport %dx%d, platform %s\n", o.spots, viewport->width(),
                viewport->height(), qPrintable(QGuiApplication::platformName()));
    printStats("frame while zooming", zoom);
    printStats("frame while panning", pan);
    QList<double> all = zoom + pan;
    printStats("frame (all)", all);
    return 0;
}

// Another client books and cancels one spot after another; each change is timed from the
// request and from the server's answer to the repaint of that spot's item.
class LiveRun final : public QObject
{
public:
    LiveRun(const Options &o, Desk &desk)
        : m_o(o), m_desk(desk), m_booker(o.server), m_started(realtimeNs())
    {
    }

    void start()
    {
        FloorPage *floor = m_desk.floor();
        m_spots = floor->model()->spots();
        const ZoneTime &zone = floor->model()->zone();
        // Tomorrow 19:30-20:30 in the coworking's zone: the bench data has no booking there
        // (its last ones end at 19:00), and it is always in the future.
        const QDate tomorrow = zone.localDate(QDateTime::currentDateTimeUtc()).addDays(1);
        m_range = { zone.toUtc(tomorrow, QTime(19, 30)), zone.toUtc(tomorrow, QTime(20, 30)) };
        floor->timeControl()->showMoment(m_range.from.addSecs(900));
        m_watch = new PaintWatch(
                floor->view()->viewport(),
                [this] {
                    const SpotItem *item = m_desk.floor()->scene()->item(m_spotId);
                    return item && item->state() == m_expected;
                },
                [this] { painted(); });
        m_booker.auth().login(m_o.booker, m_o.password, false, this,
                              [this](client::Result<User> r) {
                                  if (!r.ok()) {
                                      std::fprintf(stderr, "desk-bench: booker sign-in failed\n");
                                      QApplication::exit(1);
                                      return;
                                  }
                                  // Let the new day's bookings load before the first change.
                                  QTimer::singleShot(2000, this, [this] {
                                      m_rssStart = rssMiB();
                                      reportRss(0);
                                      next();
                                  });
                              });
    }

private:
    void next()
    {
        if (m_done >= m_o.changes)
            return finish();
        const bool create = m_bookingId.isEmpty();
        if (create) {
            m_spotId = m_spots.at((m_done / 2) % m_spots.size()).id;
            m_expected = SpotState::Booked;
        } else {
            m_expected = SpotState::Free;
        }
        m_answered = 0;
        m_sent = realtimeNs();
        m_watch->arm();
        if (create) {
            client::NewBooking draft;
            draft.spotId = m_spotId;
            draft.range = m_range;
            m_booker.bookings().create(draft, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       this, [this](client::Result<Booking> r) {
                                           if (!r.ok())
                                               return failed(r.error().message);
                                           m_bookingId = r.value().id;
                                           answered();
                                       });
        } else {
            m_booker.bookings().cancel(m_bookingId, {}, this,
                                       [this](client::Result<client::Done> r) {
                                           if (!r.ok())
                                               return failed(r.error().message);
                                           m_bookingId.clear();
                                           answered();
                                       });
        }
    }

    void answered()
    {
        m_answered = realtimeNs();
        if (m_paintedAt)
            complete();
    }

    void painted()
    {
        m_paintedAt = realtimeNs();
        if (m_answered)
            complete();
    }

    void complete()
    {
        m_fromRequest.append(double(m_paintedAt - m_sent) / 1e6);
        m_fromAnswer.append(double(m_paintedAt - m_answered) / 1e6);
        m_paintedAt = 0;
        ++m_done;
        const int minute = int((realtimeNs() - m_started) / 60'000'000'000LL);
        if (m_o.intervalMs > 0 && minute > m_lastRssMinute && minute % m_o.rssEveryMin == 0)
            reportRss(minute);
        const qint64 spent = (realtimeNs() - m_sent) / 1'000'000;
        QTimer::singleShot(int(qMax<qint64>(0, m_o.intervalMs - spent)), this, [this] { next(); });
    }

    void reportRss(int minute)
    {
        m_lastRssMinute = minute;
        std::printf("rss minute %d: %.1f MiB after %d changes\n", minute, rssMiB(), m_done);
        std::fflush(stdout);
    }

    void failed(const QString &message)
    {
        std::fprintf(stderr, "desk-bench: change %d failed: %s\n", m_done, qPrintable(message));
        QApplication::exit(1);
    }

    void finish()
    {
        const int minute = int((realtimeNs() - m_started) / 60'000'000'000LL);
        std::printf("changes: %d (a booking and its cancellation by another client, over HTTP)\n",
                    m_done);
        printStats("request sent to item repainted", m_fromRequest);
        printStats("201/204 answer to item repainted", m_fromAnswer);
        std::printf("rss at start %.1f MiB, at the end (minute %d) %.1f MiB\n", m_rssStart, minute,
                    rssMiB());
        std::fflush(stdout);
        QApplication::exit(0);
    }

    const Options &m_o;
    Desk &m_desk;
    client::CoworkingClient m_booker;
    PaintWatch *m_watch = nullptr;
    QList<Spot> m_spots;
    TimeRange m_range;
    QString m_spotId;
    QString m_bookingId;
    SpotState m_expected = SpotState::Booked;
    qint64 m_started;
    qint64 m_sent = 0;
    qint64 m_answered = 0;
    qint64 m_paintedAt = 0;
    int m_done = 0;
    int m_lastRssMinute = -1;
    double m_rssStart = 0;
    QList<double> m_fromRequest;
    QList<double> m_fromAnswer;
};

int runLive(const Options &o)
{
    Desk desk(o);
    LiveRun *run = nullptr;
    QObject::connect(&desk.session(), &DeskSession::floorLoaded, &desk.session(), [&] {
        if (run || !desk.showing(o.coworkingId, 1))
            return;
        run = new LiveRun(o, desk);
        run->start();
    });
    const int rc = QApplication::exec();
    delete run;
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Coworking"_s);
    QApplication::setApplicationName(u"coworking-desk-bench"_s);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addPositionalArgument(u"mode"_s, u"start, frames or live"_s);
    const QCommandLineOption server(u"server"_s, u"Server URL."_s, u"URL"_s);
    const QCommandLineOption email(u"email"_s, u"The desk's user."_s, u"EMAIL"_s);
    const QCommandLineOption booker(u"booker"_s, u"The other client's user."_s, u"EMAIL"_s);
    const QCommandLineOption coworking(u"coworking"_s, u"Coworking id."_s, u"ID"_s);
    const QCommandLineOption spots(u"spots"_s, u"Spots of the floor."_s, u"N"_s);
    const QCommandLineOption frames(u"frames"_s, u"Frames of each kind."_s, u"N"_s, u"300"_s);
    const QCommandLineOption changes(u"changes"_s, u"Live changes."_s, u"N"_s, u"100"_s);
    const QCommandLineOption interval(u"interval-ms"_s, u"Pause between changes."_s, u"MS"_s,
                                      u"0"_s);
    const QCommandLineOption rssEvery(u"rss-every-min"_s, u"Print RSS every N minutes."_s, u"N"_s,
                                      u"1"_s);
    const QCommandLineOption since(u"since-ns"_s, u"Process start (date +%s%N)."_s, u"NS"_s);
    cli.addOptions({ server, email, booker, coworking, spots, frames, changes, interval, rssEvery,
                     since });
    cli.process(app);

    Options o;
    o.mode = cli.positionalArguments().value(0);
    o.server = QUrl(cli.value(server));
    o.email = cli.value(email);
    o.booker = cli.value(booker);
    o.coworkingId = cli.value(coworking);
    o.password = qEnvironmentVariable("DESK_BENCH_PASSWORD");
    o.spots = cli.value(spots).toInt();
    o.frames = cli.value(frames).toInt();
    o.changes = cli.value(changes).toInt();
    o.intervalMs = cli.value(interval).toInt();
    o.rssEveryMin = qMax(1, cli.value(rssEvery).toInt());
    o.sinceNs = cli.isSet(since) ? cli.value(since).toLongLong() : realtimeNs();

    if (o.mode == u"start")
        return runStart(o);
    if (o.mode == u"frames") {
        if (o.spots <= 0)
            o.spots = 1000;
        return runFrames(o);
    }
    if (o.mode == u"live")
        return runLive(o);
    cli.showHelp(2);
}
