#pragma once

#include "outboxevent.h"

#include <QList>

namespace coworking {

// Told of outbox events once their transaction has committed, on the committing thread, so that
// live views (the floor maps of the API's /coworkings/{id}/live) learn of a change at once. The
// outbox row stays the durable record: a publisher may lose a message (the process dies, the
// database restarts), and subscribers recover from a fresh snapshot. Never called for a
// transaction that rolled back. Implementations must be thread-safe and must not throw.
class EventPublisher
{
public:
    virtual ~EventPublisher() = default;
    virtual void publish(const QList<OutboxEvent> &committed) = 0;
};

// Publishes nowhere: tools (migrate, seed-demo) and processes without live subscribers.
class NullEventPublisher final : public EventPublisher
{
public:
    void publish(const QList<OutboxEvent> &) override { }
};

} // namespace coworking
