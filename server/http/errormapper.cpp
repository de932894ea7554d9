#include "errormapper.h"

#include "common/apperror.h"

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
    case ErrorKind::MethodNotAllowed:
        return 405;
    case ErrorKind::RequestTimeout:
        return 408;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::LengthRequired:
        return 411;
    case ErrorKind::PayloadTooLarge:
        return 413;
    case ErrorKind::Validation:
        return 422;
    case ErrorKind::TooManyRequests:
        return 429;
    case ErrorKind::HeadersTooLarge:
        return 431;
    case ErrorKind::Internal:
        return 500;
    case ErrorKind::Unavailable:
        return 503;
    }
    return 500;
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
