#pragma once

#include "resourceapi.h"

#include "events/outboxevent.h"

namespace coworking::client {

// /admin: the outbox as the platform operator sees it. (Bans are UsersApi's.)
class AdminApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    void events(const EventsQuery &query, PageRequest page, QObject *context,
                Callback<Page<OutboxEvent>> done);
    // A dead event goes back to pending.
    void retryEvent(const QString &id, QObject *context, Callback<OutboxEvent> done);
};

} // namespace coworking::client
