#pragma once

#include "router.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace coworking {

class Clock;

// An answer kept for a request sent with an Idempotency-Key, so that a retry gets it again.
struct StoredAnswer
{
    QString requestHash;
    int status = 0;
    QByteArray body;
};

// Where the answers are kept, per (user, key). Thread-safe as the database is: one per worker.
class IdempotencyStore
{
public:
    virtual ~IdempotencyStore() = default;
    virtual std::optional<StoredAnswer> find(const QString &userId, const QString &key) = 0;
    // False when another request stored an answer under that key first.
    virtual bool save(const QString &userId, const QString &key, const StoredAnswer &answer,
                      const QDateTime &now) = 0;
};

// Wraps a route handler so that a request with an Idempotency-Key runs it at most once per
// (caller, key). A retry with the same body gets the stored answer, marked
// "Idempotent-Replayed: true" (a replayed 201 gets its Location back as the request path plus
// the body's "id"); the same key with another body is 422 IDEMPOTENCY_KEY_REUSED. Successes and
// 4xx decisions are kept; 5xx, 401, 408 and 429 are not, so such a request may be retried.
// Requests without the header go straight to the handler.
RouteHandler idempotent(IdempotencyStore &store, const Clock &clock, RouteHandler handler);

// 1..200 printable ASCII characters; throws 422 otherwise.
void validateIdempotencyKey(const QByteArray &key);

} // namespace coworking
