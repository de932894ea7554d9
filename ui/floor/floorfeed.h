#pragma once

#include "client/apiresult.h"
#include "client/livefeed.h"
#include "bookings/booking.h"
#include "common/coworkingrole.h"
#include "common/timerange.h"
#include "coworkings/coworking.h"
#include "floorbooking.h"
#include "live/livemessage.h"
#include "users/user.h"

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>

namespace coworking {

namespace client {
class CoworkingClient;
}

namespace ui {

class FloorModel;

// Keeps a FloorModel current from a server: reads the spots, the floor-plan image and the
// bookings of one window (the shown local day; one request per window), then follows the live
// feed (a snapshot replaces what it covers, each change repaints its spot). The desk's Floor view
// and the kiosk both show a floor through it; it only reads, their controllers act.
class FloorFeed final : public QObject
{
    Q_OBJECT
public:
    FloorFeed(client::CoworkingClient &client, FloorModel *model, QObject *parent = nullptr);
    ~FloorFeed() override;

    // Shows a coworking (or nothing for an empty `coworking.id`) as `role` sees it over `window`:
    // empties the model, then reads everything and opens the live feed.
    void setCoworking(const Coworking &coworking, CoworkingRole role, const TimeRange &window);
    const Coworking &coworking() const { return m_coworking; }
    // Another window (day) of the same coworking: its bookings are read again.
    void setWindow(const TimeRange &window);
    TimeRange window() const { return m_window; }
    // Reads the coworking (a new floor plan), its spots and the window's bookings again.
    void refresh();
    void loadSpots();
    // Staff: the member's name, learnt elsewhere (a booking just made for them).
    void rememberName(const QString &userId, const QString &name);

    client::LiveFeed *liveFeed() const { return m_live; }
    bool isLoaded() const { return m_spotsLoaded && m_windowLoaded; }

    static FloorBooking fromBooking(const Booking &booking, const std::optional<User> &user = {});

signals:
    void loaded(); // spots and the window's bookings are in the model
    void spotsLoaded(int count);
    void spotsFailed(const client::ApiError &error);
    void windowFailed(const client::ApiError &error);
    void floorPlanLoaded(const QPixmap &image);
    void floorPlanFailed();
    void liveStateChanged(client::LiveFeed::State state);

private:
    void loadWindow();
    void loadWindowPage(int generation, int page, QList<FloorBooking> collected);
    void loadFloorPlan();
    void openLive();
    void onSnapshot(const LiveSnapshot &snapshot);
    void onBookingChange(const LiveBookingChange &change);
    void onSpotChange(const LiveSpotChange &change);
    void learnNames(const QList<FloorBooking> &bookings);
    void checkLoaded();

    client::CoworkingClient &m_client;
    QPointer<FloorModel> m_model;
    Coworking m_coworking;
    CoworkingRole m_role = CoworkingRole::None;
    TimeRange m_window;
    QPointer<client::LiveFeed> m_live;
    QObject *m_calls = nullptr; // context of this coworking's reads: replaced on every switch
    QHash<QString, QString> m_names; // user id -> name, for staff
    QSet<QString> m_namesAsked;
    int m_windowGeneration = 0;
    bool m_spotsLoaded = false;
    bool m_windowLoaded = false;
};

} // namespace ui
} // namespace coworking
