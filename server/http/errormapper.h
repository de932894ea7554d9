#pragma once

#include "apiresponse.h"

namespace coworking {

class AppError;
class HttpError;

// The one place where a typed error becomes an HTTP status and the single error body shape.
// Domain errors (AppError, from core) and transport errors (HttpError, from this layer) alike.
ApiResponse errorResponse(const AppError &error);
ApiResponse errorResponse(const HttpError &error);
int statusFor(const AppError &error);
int statusFor(const HttpError &error);

// The bytes of a whole HTTP/1.1 response, written to the socket in one call.
QByteArray serializeResponse(const ApiResponse &response, bool closeConnection);

} // namespace coworking
