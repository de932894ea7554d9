#pragma once

#include "errorcodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <exception>

namespace coworking {

using namespace Qt::StringLiterals;

// What went wrong, in terms a client can act on. The HTTP layer maps each kind to a status code
// in exactly one place; core never speaks HTTP.
enum class ErrorKind {
    BadRequest, // unparseable body, wrong content type
    Unauthorized, // no or invalid credentials
    Forbidden, // authenticated, but not allowed
    NotFound,
    MethodNotAllowed,
    Conflict,
    Validation, // 422
    PayloadTooLarge,
    LengthRequired,
    HeadersTooLarge,
    RequestTimeout,
    TooManyRequests,
    Unavailable, // the database cannot be reached
    Internal,
};

class AppError final : public std::exception
{
public:
    AppError(ErrorKind kind, QString code, QString message, QJsonObject details = {})
        : m_kind(kind),
          m_code(std::move(code)),
          m_message(std::move(message)),
          m_details(std::move(details))
    {
    }

    ErrorKind kind() const noexcept { return m_kind; }
    const QString &code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const QJsonObject &details() const noexcept { return m_details; }
    const char *what() const noexcept override { return "coworking::AppError"; }

    // Top-level members added beside "error" (the 409 body keeps the original's fields).
    const QJsonObject &extra() const noexcept { return m_extra; }
    AppError &withExtra(QJsonObject extra)
    {
        m_extra = std::move(extra);
        return *this;
    }

    // Seconds a client should wait (429 Retry-After); 0 when not applicable.
    int retryAfterSeconds() const noexcept { return m_retryAfter; }
    AppError &withRetryAfter(int seconds)
    {
        m_retryAfter = seconds;
        return *this;
    }

    QJsonObject toJson() const;

    static AppError notFound(const QString &code, const QString &message)
    {
        return { ErrorKind::NotFound, code, message };
    }
    static AppError forbidden(const QString &message = u"You are not allowed to do this."_s)
    {
        return { ErrorKind::Forbidden, errc::Forbidden, message };
    }
    static AppError unauthorized(const QString &message = u"Authentication required."_s)
    {
        return { ErrorKind::Unauthorized, errc::Unauthorized, message };
    }
    static AppError badRequest(const QString &message)
    {
        return { ErrorKind::BadRequest, errc::BadRequest, message };
    }
    static AppError conflict(const QString &code, const QString &message, QJsonObject details = {})
    {
        return { ErrorKind::Conflict, code, message, std::move(details) };
    }
    static AppError unavailable()
    {
        return { ErrorKind::Unavailable, errc::Unavailable,
                 u"The service is temporarily unavailable. Try again shortly."_s };
    }
    static AppError internal()
    {
        return { ErrorKind::Internal, errc::Internal, u"Internal error."_s };
    }
    // A single invalid field.
    static AppError invalidField(const QString &field, const QString &message);
    // Rule codes of API.md that answer 422 with their own code (OUTSIDE_OPENING_HOURS, ...).
    static AppError unprocessable(const QString &code, const QString &message,
                                  QJsonObject details = {})
    {
        return { ErrorKind::Validation, code, message, std::move(details) };
    }

private:
    ErrorKind m_kind;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
    QJsonObject m_extra;
    int m_retryAfter = 0;
};

} // namespace coworking
