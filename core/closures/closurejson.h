#pragma once

#include "closure.h"
#include "common/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace coworking {

// {id, date, opens_at, closes_at, reason}: hours null on a day closed all day.
QJsonObject toJson(const Closure &closure);
// Reads one back (the client); the coworking id is not part of it.
std::optional<Closure> closureFromJson(const QJsonObject &object, DecodeError *error = nullptr);
// GET /coworkings/{id}/closures: a bare array.
std::optional<QList<Closure>> closuresFromJson(const QJsonArray &array,
                                               DecodeError *error = nullptr);

} // namespace coworking
