#include "errorenvelope.h"

#include "apperror.h"
#include "jsonkeys.h"

namespace coworking {

namespace {

std::optional<FieldError> fieldErrorFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    FieldError field{ in.string(keys::Field), in.string(keys::Message) };
    return in.finish(std::move(field), error);
}

} // namespace

QJsonObject errorObjectJson(const ErrorEnvelope &envelope)
{
    QJsonObject details = envelope.details;
    if (!envelope.fields.isEmpty()) {
        details.insert(
                keys::Fields, toJsonArray(envelope.fields, [](const FieldError &f) {
                    return QJsonObject{ { keys::Field, f.field }, { keys::Message, f.message } };
                }));
    }
    return { { keys::Code, envelope.code },
             { keys::Message, envelope.message },
             { keys::Details, details } };
}

QJsonObject toJson(const ErrorEnvelope &envelope)
{
    QJsonObject body = envelope.extra;
    body.insert(keys::Error, errorObjectJson(envelope));
    return body;
}

ErrorEnvelope errorEnvelopeOf(const AppError &error)
{
    return { error.code(), error.message(), error.details(), {}, error.extra() };
}

std::optional<ErrorEnvelope> errorObjectFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    ErrorEnvelope envelope;
    envelope.code = in.string(keys::Code);
    envelope.message = in.string(keys::Message);
    // Errors produced before a handler ran may carry no details.
    if (in.has(keys::Details)) {
        envelope.details = in.object(keys::Details);
        JsonReader details(envelope.details);
        if (details.has(keys::Fields))
            envelope.fields = details.list(keys::Fields, &fieldErrorFromJson);
        if (const auto &problem = details.error())
            in.fail(QString(keys::Details) + u'.' + problem->field, problem->message);
    }
    return in.finish(std::move(envelope), error);
}

std::optional<ErrorEnvelope> errorEnvelopeFromJson(const QJsonObject &body, DecodeError *error)
{
    JsonReader in(body);
    std::optional<ErrorEnvelope> envelope = in.nested(keys::Error, &errorObjectFromJson);
    if (envelope) {
        envelope->extra = body;
        envelope->extra.remove(keys::Error);
    }
    return in.finish(std::move(envelope).value_or(ErrorEnvelope()), error);
}

} // namespace coworking
