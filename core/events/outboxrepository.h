#pragma once

#include "common/page.h"
#include "outboxevent.h"

#include <optional>

namespace coworking {

// The outbox as administrators see it (GET /admin/events). Writing events is the business of the
// repositories whose transactions record the changes; claiming them is the runner's.
class OutboxRepository
{
public:
    virtual ~OutboxRepository() = default;
    // Newest first.
    virtual Page<OutboxEvent> list(const EventFilter &filter, const PageRequest &page) = 0;
    virtual std::optional<OutboxEvent> find(const QString &id) = 0;
    // A dead event goes back to pending, due at `now`, with its attempts reset; false when the
    // event is not dead (any more).
    virtual bool retry(const QString &id, const QDateTime &now) = 0;
};

} // namespace coworking
