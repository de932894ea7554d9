#pragma once

#include "common/page.h"
#include "outboxevent.h"
#include "users/user.h"

#include <QtGlobal>

namespace coworking {

class Clock;
class OutboxRepository;

// Administration of the outbox (openapi.json, Administration): what the runner did with each event,
// and a second chance for the dead ones. Admins only.
class EventAdminService final
{
    Q_DISABLE_COPY_MOVE(EventAdminService)
public:
    EventAdminService(OutboxRepository &outbox, const Clock &clock);

    Page<OutboxEvent> list(const Actor &actor, const EventFilter &filter, const PageRequest &page);
    // 404 EVENT_NOT_FOUND; 409 EVENT_NOT_DEAD for an event that is pending or done.
    OutboxEvent retry(const Actor &actor, const QString &id);

private:
    void requireAdmin(const Actor &actor) const;

    OutboxRepository &m_outbox;
    const Clock &m_clock;
};

} // namespace coworking
