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

class FloorFeed;
class FloorPage;

// Feeds a FloorPage from a server through a FloorFeed (the shown day is its window) and carries
// out the page's staff actions: books, checks in, cancels, moves and extends through the client.
// Every call is asynchronous; outcomes are told in the page's message bar in words.
class FloorController final : public QObject
{
    Q_OBJECT
public:
    FloorController(client::CoworkingClient &client, FloorPage *page, QObject *parent = nullptr);
    ~FloorController() override;

    // Shows a coworking (or nothing for an empty `coworking.id`) as `role` sees it.
    void setCoworking(const Coworking &coworking, CoworkingRole role);
    QString coworkingId() const;
    client::LiveFeed *liveFeed() const;
    FloorFeed *feed() const { return m_feed; }
    bool isLoaded() const;
    // The dialog of a "Book for" in progress, for tests.
    BookForDialog *bookDialog() const { return m_bookDialog; }

public slots:
    void refresh();
    // Reads the closures again (one was added or removed): each day's hours follow at once.
    void loadClosures();
    // Books `spotId` for `userId` (staff) over `range`; a 409 offers the server's alternative.
    void book(const QString &spotId, const QString &userId, const QString &userName,
              const TimeRange &range);

signals:
    void loaded(); // spots and the day's bookings are shown
    void liveStateChanged(client::LiveFeed::State state);
    // A move or resize (dialog, day strip) was answered: done, or refused and left as it was.
    void moveFinished(const QString &bookingId);

private:
    TimeRange shownDay() const;

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
    FloorFeed *m_feed; // reads the floor and follows the live feed
    CoworkingRole m_role = CoworkingRole::None;
    QPointer<BookForDialog> m_bookDialog;
    QString m_closedDayMessage; // the "closed on <day>" info last shown, dismissed with its day
    QObject *m_calls = nullptr; // context of this coworking's actions: replaced on every switch
};

} // namespace ui
} // namespace coworking
