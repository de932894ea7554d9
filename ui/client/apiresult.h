#pragma once

#include "common/errorenvelope.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace coworking::client {

// One rejected field of a 422 VALIDATION_ERROR (error.details.fields), kept for forms: core's.
using FieldError = coworking::FieldError;

// Why a call failed, in the terms a view needs; no view looks at transport details.
struct ApiError
{
    enum class Kind {
        Network, // no answer: refused, unreachable, connection dropped
        Timeout, // no answer within the call's timeout
        Tls, // the certificate or the handshake failed
        Http, // the server answered with an error status (see code)
        Decode, // the server answered, but not what the API promises
        Cancelled, // the call was abandoned (its context went away, or the client signed out)
    };
    Kind kind = Kind::Network;
    int status = 0; // HTTP status when kind == Http
    QString code; // the API's error code ("BOOKING_CONFLICT", "INVALID_CREDENTIALS"...)
    QString message; // the server's message, or the transport's
    QList<FieldError> fields; // 422 field errors
    std::optional<int> retryAfterSeconds; // 429 (Retry-After)
    QJsonObject details; // error.details as sent, e.g. alternative_spot on a 409 conflict

    bool isHttp(int httpStatus) const { return kind == Kind::Http && status == httpStatus; }
    // A free spot the server proposed on a 409 BOOKING_CONFLICT (details.alternative_spot).
    std::optional<QJsonObject> alternativeSpot() const;
    // The message of `field` when the server rejected it, empty otherwise.
    QString fieldMessage(const QString &field) const;
};

// Results of calls that answer nothing but success (204).
struct Done
{
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(ApiError error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

template<typename T>
using Callback = std::function<void(Result<T>)>;

} // namespace coworking::client
