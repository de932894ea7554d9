#pragma once

#include "bookfordialog.h"
#include "client/clienttypes.h"
#include "client/livefeed.h"
#include "common/coworkingrole.h"
#include "coworkings/coworking.h"
#include "floorbooking.h"
#include "live/livemessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace coworking {

class Clock;

namespace client {
class CoworkingClient;
}

namespace ui {

class FloorPage;

// Feeds a FloorPage from a server and carries out its staff actions: reads the spots, the floor
// plan and the shown day's bookings (one request per day), follows the live feed (a snapshot
// replaces what it covers, each change repaints its spot), and books, checks in, cancels, moves
// and extends through the client. Every call is asynchronous; outcomes are told in the page's
// message bar in words.
class FloorController final : public QObject
{
    Q_OBJECT
public:
    FloorController(client::CoworkingClient &client, FloorPage *page, QObject *parent = nullptr);
    ~FloorController() override;

    // Shows a coworking (or nothing for an empty `coworking.id`) as `role` sees it.
    void setCoworking(const Coworking &coworking, CoworkingRole role);
    QString coworkingId() const { return m_coworking.id; }
    client::LiveFeed *liveFeed() const { return m_live; }
    bool isLoaded() const { return m_spotsLoaded && m_dayLoaded; }
    // The dialog of a "Book for" in progress, for tests.
    BookForDialog *bookDialog() const { return m_bookDialog; }

public slots:
    void refresh();
    // Books `spotId` for `userId` (staff) over `range`; a 409 offers the server's alternative.
    void book(const QString &spotId, const QString &userId, const QString &userName,
              const TimeRange &range);

signals:
    void loaded(); // spots and the day's bookings are shown
    void liveStateChanged(client::LiveFeed::State state);

private:
    void loadSpots();
    void loadDay();
    void loadDayPage(int generation, int page, QList<FloorBooking> collected);
    void loadFloorPlan();
    void openLive();
    void onSnapshot(const LiveSnapshot &snapshot);
    void onBookingChange(const LiveBookingChange &change);
    void onSpotChange(const LiveSpotChange &change);
    void learnNames(const QList<FloorBooking> &bookings);
    void checkLoaded();

    void openBookDialog(const QString &spotId, const QDateTime &from);
    void searchMembers(const QString &text);
    void checkIn(const QString &bookingId);
    void askCancel(const QString &bookingId);
    void cancel(const QString &bookingId, const QString &reason);
    void askMove(const QString &bookingId);
    void move(const FloorBooking &booking, const QString &spotId, const TimeRange &range);
    void extend(const QString &bookingId, int minutes);
    void failed(const client::ApiError &error, const QString &what);
    QString spotName(const QString &spotId) const;

    client::CoworkingClient &m_client;
    FloorPage *m_page;
    Coworking m_coworking;
    CoworkingRole m_role = CoworkingRole::None;
    QPointer<client::LiveFeed> m_live;
    QPointer<BookForDialog> m_bookDialog;
    QObject *m_calls = nullptr; // context of this coworking's calls: replaced on every switch
    QHash<QString, QString> m_names; // user id -> name, for staff
    QSet<QString> m_namesAsked;
    int m_dayGeneration = 0;
    bool m_spotsLoaded = false;
    bool m_dayLoaded = false;
};

} // namespace ui
} // namespace coworking
