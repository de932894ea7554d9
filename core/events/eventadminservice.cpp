#include "eventadminservice.h"

#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "outboxrepository.h"

using namespace Qt::StringLiterals;

namespace coworking {

EventAdminService::EventAdminService(OutboxRepository &outbox, const Clock &clock)
    : m_outbox(outbox), m_clock(clock)
{
}

void EventAdminService::requireAdmin(const Actor &actor) const
{
    if (!actor.isAdmin)
        throw AppError::forbidden(u"Only an admin may see the event outbox."_s);
}

Page<OutboxEvent> EventAdminService::list(const Actor &actor, const EventFilter &filter,
                                          const PageRequest &page)
{
    requireAdmin(actor);
    return m_outbox.list(filter, page);
}

OutboxEvent EventAdminService::retry(const Actor &actor, const QString &id)
{
    requireAdmin(actor);
    const auto notFound = [] {
        return AppError::notFound(errc::EventNotFound, u"No such event."_s);
    };
    if (!m_outbox.find(id))
        throw notFound();
    if (!m_outbox.retry(id, m_clock.now())) {
        throw AppError::conflict(errc::EventNotDead, u"Only a dead event can be retried."_s);
    }
    const auto event = m_outbox.find(id);
    if (!event)
        throw notFound();
    return *event;
}

} // namespace coworking
