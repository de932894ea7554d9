#include "errormapper.h"

#include "common/apperror.h"
#include "httperror.h"

using namespace Qt::StringLiterals;

namespace coworking {

int statusFor(const AppError &error)
{
    switch (error.kind()) {
    case ErrorKind::BadRequest:
        return 400;
    case ErrorKind::Unauthorized:
        return 401;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Validation:
        return 422;
    case ErrorKind::TooManyRequests:
        return 429;
    case ErrorKind::Internal:
        return 500;
    case ErrorKind::Unavailable:
        return 503;
    }
    return 500;
}

int statusFor(const HttpError &error)
{
    switch (error.kind()) {
    case HttpErrorKind::MethodNotAllowed:
        return 405;
    case HttpErrorKind::RequestTimeout:
        return 408;
    case HttpErrorKind::LengthRequired:
        return 411;
    case HttpErrorKind::PayloadTooLarge:
        return 413;
    case HttpErrorKind::UpgradeRequired:
        return 426;
    case HttpErrorKind::HeadersTooLarge:
        return 431;
    }
    return 400;
}

ApiResponse errorResponse(const HttpError &error)
{
    const QJsonObject body{ { u"error"_s,
                              QJsonObject{ { u"code"_s, error.code() },
                                           { u"message"_s, error.message() },
                                           { u"details"_s, error.details() } } } };
    ApiResponse response = ApiResponse::json(statusFor(error), body);
    for (const auto &[name, value] : error.headers())
        response.withHeader(name, value);
    return response;
}

ApiResponse errorResponse(const AppError &error)
{
    ApiResponse response = ApiResponse::json(statusFor(error), error.toJson());
    if (error.kind() == ErrorKind::Unauthorized)
        response.withHeader("WWW-Authenticate", "Bearer");
    if (error.retryAfterSeconds() > 0)
        response.withHeader("Retry-After", QByteArray::number(error.retryAfterSeconds()));
    if (error.kind() == ErrorKind::Unavailable && error.retryAfterSeconds() == 0)
        response.withHeader("Retry-After", "1");
    return response;
}

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray serializeResponse(const ApiResponse &response, bool closeConnection)
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
            + "\r\n";
    // 204 and 304 carry no body, and RFC 9110 forbids their Content-Length.
    const bool bodyless = response.status == 204 || response.status == 304;
    if (!response.contentType.isEmpty() && !bodyless)
        out += "Content-Type: " + response.contentType + "\r\n";
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!bodyless)
        out += response.body;
    return out;
}

} // namespace coworking
