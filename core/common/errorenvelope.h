#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coworking {

class AppError;

// One invalid field of a 422 VALIDATION_ERROR: `field` is its path in the request body
// ("booking_policy.slot_minutes", "[3].name").
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

// The body of every error answer, as a client reads it:
// {"error": {"code", "message", "details"}, ...extra}.
struct ErrorEnvelope
{
    QString code; // stable, machine readable (common/errorcodes.h)
    QString message; // for people; never internals
    QJsonObject details; // as sent, details.fields included
    QList<FieldError> fields; // details.fields, read for forms
    // Members beside "error": the legacy 409 BOOKING_CONFLICT body adds "message" and "spot".
    QJsonObject extra;

    bool operator==(const ErrorEnvelope &) const = default;
};

// `details` with details.fields replaced by `fields` when there are any, and `extra` beside.
QJsonObject toJson(const ErrorEnvelope &envelope);
// The envelope an AppError answers with.
ErrorEnvelope errorEnvelopeOf(const AppError &error);
std::optional<ErrorEnvelope> errorEnvelopeFromJson(const QJsonObject &body,
                                                   DecodeError *error = nullptr);
// The inner object alone ({code, message, details}), as the precheck answer embeds it.
QJsonObject errorObjectJson(const ErrorEnvelope &envelope);
std::optional<ErrorEnvelope> errorObjectFromJson(const QJsonObject &object,
                                                 DecodeError *error = nullptr);

} // namespace coworking
