#pragma once

#include "bookings/bookingjson.h"
#include "client/apiresult.h"
#include "common/timerange.h"
#include "users/user.h"

#include <QList>
#include <QObject>
#include <QString>

namespace coworking {
namespace client {
class CoworkingClient;
}
namespace ui {

// How the kiosk finds people and their bookings with a staff account. What a field receives is
// read as (see classify()): an email ("anna@example.com": the exact address), a user id (a UUID, as
// a member's app may show it in a QR code), a booking code (8 letters or digits, spaces and dashes
// ignored, as the done screen and a member's app show it: it stands for its booker), or else a
// name. Names: admins search every user; owners and managers, whom the API lets look people up by
// exact email only, search the people who booked in this coworking (its latest bookings).
class KioskLookup final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Email, UserId, Code, Name };
    static constexpr int kCodeLength = 8;

    explicit KioskLookup(client::CoworkingClient &client, QObject *parent = nullptr);

    void setCoworking(const QString &coworkingId, bool admin);
    static Kind classify(const QString &text);
    // Upper case without spaces and dashes: "abcd-efgh" → "ABCDEFGH".
    static QString normalizedCode(const QString &text);

    using People = client::Result<QList<User>>;
    using Bookings = client::Result<QList<BookingDetails>>;
    // The people `text` stands for (see above), answered on `context`.
    void findPeople(const QString &text, QObject *context, std::function<void(People)> done);
    // The active bookings of `day` (check-in) whose booker's name or email contains `text`.
    void findBookings(const QString &text, const TimeRange &day, QObject *context,
                      std::function<void(Bookings)> done);

private:
    void peopleByName(const QString &text, QObject *context, std::function<void(People)> done);
    void peoplePage(const QString &text, int page, QList<User> found, QObject *context,
                    std::function<void(People)> done);

    client::CoworkingClient &m_client;
    QString m_coworkingId;
    bool m_admin = false;
};

} // namespace ui
} // namespace coworking
