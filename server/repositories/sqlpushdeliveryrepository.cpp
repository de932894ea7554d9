#include "sqlpushdeliveryrepository.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace coworking {

bool SqlPushDeliveryRepository::begin(const QString &eventId, const QString &token,
                                      const QDateTime &at)
{
    // The primary key (event_id, token) lets exactly one attempt, of one runner, win the row.
    if (m_db.execute(u"INSERT INTO push_deliveries (event_id, token, outcome, created_at) "
                     "VALUES (?, ?, 'sending', ?) ON CONFLICT DO NOTHING"_s,
                     { eventId, token, m_db.timestamp(at) })
        == 1)
        return true;
    // Only a push that failed is sent again, and only by whoever flips it back first.
    return m_db.execute(u"UPDATE push_deliveries SET outcome = 'sending' "
                        "WHERE event_id = ? AND token = ? AND outcome = 'failed'"_s,
                        { eventId, token })
            == 1;
}

void SqlPushDeliveryRepository::finish(const QString &eventId, const QString &token,
                                       PushGateway::Outcome outcome)
{
    QString name;
    switch (outcome) {
    case PushGateway::Outcome::Delivered:
        name = u"delivered"_s;
        break;
    case PushGateway::Outcome::Unregistered:
        name = u"unregistered"_s;
        break;
    case PushGateway::Outcome::Failed:
        name = u"failed"_s;
        break;
    }
    m_db.execute(u"UPDATE push_deliveries SET outcome = ? WHERE event_id = ? AND token = ?"_s,
                 { name, eventId, token });
}

} // namespace coworking
