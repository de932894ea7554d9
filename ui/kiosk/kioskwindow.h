#pragma once

#include "bookings/bookingjson.h"
#include "closures/closure.h"
#include "common/timerange.h"
#include "common/zonetime.h"
#include "users/user.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace coworking {

class Clock;

namespace client {
class CoworkingClient;
struct ApiError;
} // namespace client

namespace ui {

class CardPage;
class CheckInPage;
class DurationPage;
class ExitPage;
class FloorFeed;
class FloorModel;
class FloorScene;
class GuestPage;
class HoldButton;
class HomePage;
class KioskLookup;
class KioskSession;
class SetupPage;
class SpotPage;
class Translations;
class WhoPage;

// The front-desk kiosk: full screen, one task per screen, for strangers' fingers. A bar on top
// (the coworking, the clock, English | Русский, and a discreet corner that staff press and hold to
// leave) over a stack of pages: home (the floor now), the walk-in booking (spot, duration, who or
// a new guest, confirm, done with the booking's code and QR code), check-in (code or name, then
// checked in), the exit PIN, and the set-up. Every flow returns home after the idle timeout
// without a touch, but never while a booking is on its way. Closing is refused until the exit PIN
// allowed it. All calls go through the client, asynchronously.
class KioskWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class Screen {
        Setup,
        Home,
        Spot,
        Durations,
        Who,
        Guest,
        Confirm,
        Done,
        CheckIn,
        CheckedIn,
        Exit
    };
    Q_ENUM(Screen)

    // `translations` may be null (no language switch then).
    KioskWindow(client::CoworkingClient &client, KioskSession &session, const Clock &clock,
                Translations *translations, QWidget *parent = nullptr);
    ~KioskWindow() override;

    Screen screen() const { return m_screen; }
    // Writes the map's state ({"at", "spots": {id: state}}) to `path` every second, for
    // bench/kiosk-soak.sh to compare with the server's; empty stops it.
    void setStateFile(const QString &path) { m_stateFile = path; }
    void setIdleTimeout(int msecs);
    int idleTimeout() const;
    bool isExitAllowed() const { return m_exitAllowed; }

    FloorModel *model() const { return m_model; }
    FloorScene *scene() const { return m_scene; }
    FloorFeed *feed() const { return m_feed; }
    QStackedWidget *pages() const { return m_pages; }
    SetupPage *setupPage() const { return m_setup; }
    HomePage *homePage() const { return m_home; }
    SpotPage *spotPage() const { return m_spot; }
    DurationPage *durationPage() const { return m_durations; }
    WhoPage *whoPage() const { return m_who; }
    GuestPage *guestPage() const { return m_guest; }
    CardPage *confirmPage() const { return m_confirm; }
    CardPage *donePage() const { return m_done; }
    CheckInPage *checkInPage() const { return m_checkIn; }
    CardPage *checkedInPage() const { return m_checkedIn; }
    ExitPage *exitPage() const { return m_exit; }
    HoldButton *exitCorner() const { return m_corner; }
    QPushButton *englishButton() const { return m_english; }
    QPushButton *russianButton() const { return m_russian; }
    QLabel *clockLabel() const { return m_clockLabel; }
    QLabel *nameLabel() const { return m_name; }
    // The booking the walk-in flow made last, and the spot it is choosing.
    std::optional<Booking> lastBooking() const { return m_booking; }
    QString chosenSpotId() const { return m_spotId; }

    // The booking's code: what its QR code holds and what check-in looks up.
    static QString codeOf(const Booking &booking);
    // The code as the done screen shows it in large type: two groups of four ("K7MW 3HXP").
    static QString displayCode(const QString &code);

public slots:
    void goHome();

signals:
    void screenChanged(coworking::ui::KioskWindow::Screen screen);
    // The right exit PIN was entered: the window closes and the program may quit.
    void exitAllowed();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showScreen(Screen screen);
    void onReady();
    void onSignInNeeded(const QString &error);
    void tick();
    TimeRange today() const;
    // Today's closure (and yesterday's and tomorrow's, for hours past midnight), read again
    // when the day changes and every few minutes: home says so, walk-ins follow it.
    void loadClosures();
    bool closedToday() const;
    QString spotName(const QString &spotId) const;
    void retranslate();
    void writeState(const QDateTime &now) const;

    // walk-in
    void startWalkIn(const QString &spotId);
    void readFreeSpots(std::function<void()> then);
    void chooseSpot(const QString &spotId);
    void chooseAnySpot();
    void showChoice();
    void showDurations();
    void findPeople(const QString &text);
    void chooseMember(const User &user, const QString &note = {});
    void registerGuest(const QString &name, const QString &email);
    void book();
    void booked(const Booking &booking);
    void bookingFailed(const client::ApiError &error);

    // check-in
    void findByCode(const QString &code);
    void findByName(const QString &name);
    void showCheckInResults(const QString &note);
    void checkIn(int row);

    // exit
    void askPin();
    void checkPin(const QString &pin);

    client::CoworkingClient &m_client;
    KioskSession &m_session;
    const Clock &m_clock;
    Translations *m_translations;
    FloorModel *m_model;
    FloorScene *m_scene;
    FloorFeed *m_feed;
    KioskLookup *m_lookup;
    ZoneTime m_zone;
    QDate m_shownDay;

    QLabel *m_name;
    QLabel *m_clockLabel;
    QPushButton *m_english;
    QPushButton *m_russian;
    HoldButton *m_corner;
    QStackedWidget *m_pages;
    SetupPage *m_setup;
    HomePage *m_home;
    SpotPage *m_spot;
    DurationPage *m_durations;
    WhoPage *m_who;
    GuestPage *m_guest;
    CardPage *m_confirm;
    CardPage *m_done;
    CheckInPage *m_checkIn;
    CardPage *m_checkedIn;
    ExitPage *m_exit;
    Screen m_screen = Screen::Setup;

    QTimer m_ticker;
    QTimer m_closuresTimer;
    QList<Closure> m_closures;
    QTimer m_idle;
    QTimer m_unlock;
    QObject *m_calls = nullptr; // context of the current flow's calls: replaced on going home

    // The walk-in being made.
    QHash<QString, TimeRange> m_freeBySpot;
    QString m_spotId;
    TimeRange m_range;
    std::optional<User> m_member;
    QString m_bookingKey; // Idempotency-Key of this booking: a retry cannot book twice
    bool m_inFlight = false;
    std::optional<Booking> m_booking;
    // The check-in being made.
    QList<BookingDetails> m_found;
    std::optional<BookingDetails> m_checkedInBooking;
    bool m_exitAllowed = false;
    QString m_stateFile;
};

} // namespace ui
} // namespace coworking
