#pragma once

#include "apiresponse.h"

namespace coworking {

class AppError;

// The one place where a typed error becomes an HTTP status and the single error body shape.
ApiResponse errorResponse(const AppError &error);
int statusFor(const AppError &error);

// The bytes of a whole HTTP/1.1 response, written to the socket in one call.
QByteArray serializeResponse(const ApiResponse &response, bool closeConnection);

} // namespace coworking
