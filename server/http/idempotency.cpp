#include "idempotency.h"

#include "apirequest.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "errormapper.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr int MaxIdempotencyKeyLength = 200;

// Answers a retry may get again: successes and 4xx decisions, not 5xx (worth retrying), nor
// 401 (the caller may sign in again), 408 or 429 (the request itself was not handled).
bool isReplayable(int status)
{
    if (status >= 200 && status < 300)
        return true;
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

// SHA-256 (hex) of the body in canonical form: QJsonObject keeps its keys sorted, so the compact
// form is canonical.
QString requestHash(const QJsonObject &body)
{
    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

ApiResponse replay(const StoredAnswer &stored, const QString &hash, const ApiRequest &request)
{
    if (stored.requestHash != hash) {
        throw AppError::unprocessable(u"IDEMPOTENCY_KEY_REUSED"_s,
                                      u"This Idempotency-Key was already used "
                                      "with a different request body."_s);
    }
    ApiResponse response{ stored.status, stored.body, "application/json", {} };
    if (stored.status == 201) {
        const QString id = QJsonDocument::fromJson(stored.body).object().value(u"id"_s).toString();
        response.withHeader("Location", (request.path() + u'/' + id).toLatin1());
    }
    return response.withHeader("Idempotent-Replayed", "true");
}

} // namespace

void validateIdempotencyKey(const QByteArray &key)
{
    const bool printable =
            std::all_of(key.cbegin(), key.cend(), [](char c) { return c >= 0x20 && c <= 0x7e; });
    if (key.isEmpty() || key.size() > MaxIdempotencyKeyLength || !printable) {
        throw AppError::invalidField(
                u"Idempotency-Key"_s,
                u"must be 1 to %1 printable ASCII characters"_s.arg(MaxIdempotencyKeyLength));
    }
}

RouteHandler idempotent(IdempotencyStore &store, const Clock &clock, RouteHandler handler)
{
    return [&store, &clock, handler = std::move(handler)](ApiRequest &request) -> ApiResponse {
        const QByteArray keyHeader = request.header("Idempotency-Key");
        if (keyHeader.isNull())
            return handler(request);
        const QString hash = requestHash(request.jsonObject());
        validateIdempotencyKey(keyHeader);
        const QString key = QString::fromLatin1(keyHeader);
        const QString &userId = request.actor().userId;

        if (const auto stored = store.find(userId, key))
            return replay(*stored, hash, request);

        ApiResponse answer;
        try {
            answer = handler(request);
        } catch (const AppError &error) {
            if (!isReplayable(statusFor(error)))
                throw;
            answer = errorResponse(error);
        }
        if (!isReplayable(answer.status))
            return answer;
        if (store.save(userId, key, { hash, answer.status, answer.body }, clock.now()))
            return answer;
        // A concurrent request with the same key stored its answer first: that answer counts (the
        // booking rules kept this one from booking the same window twice).
        if (const auto stored = store.find(userId, key))
            return replay(*stored, hash, request);
        return answer;
    };
}

} // namespace coworking
