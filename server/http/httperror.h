#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

namespace coworking {

// Failures of the transport: the request could not be read, routed or served over plain HTTP.
// They belong to this layer (core raises AppError only); errorResponse() maps both, so every
// error body has the same shape.
enum class HttpErrorKind {
    MethodNotAllowed, // 405
    RequestTimeout, // 408
    LengthRequired, // 411
    PayloadTooLarge, // 413
    UpgradeRequired, // 426
    HeadersTooLarge, // 431
};

class HttpError final : public std::exception
{
public:
    HttpError(HttpErrorKind kind, QString code, QString message, QJsonObject details = {})
        : m_kind(kind),
          m_code(std::move(code)),
          m_message(std::move(message)),
          m_details(std::move(details))
    {
    }

    HttpErrorKind kind() const noexcept { return m_kind; }
    const QString &code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const QJsonObject &details() const noexcept { return m_details; }
    const char *what() const noexcept override { return "coworking::HttpError"; }

    // Headers the answer needs (Allow for 405, Upgrade for 426).
    const QList<QPair<QByteArray, QByteArray>> &headers() const noexcept { return m_headers; }
    HttpError &withHeader(QByteArray name, QByteArray value)
    {
        m_headers.append({ std::move(name), std::move(value) });
        return *this;
    }

private:
    HttpErrorKind m_kind;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace coworking
