#pragma once

#include "common/jsonreader.h"
#include "option.h"

#include <QJsonObject>

#include <optional>

namespace coworking {

// The body of POST /options: {coworking_id, name}; 422 VALIDATION_ERROR naming invalid fields.
// The id is left unset.
Option optionDraftFromJson(const QJsonObject &object);

// {id, coworking_id, name}
QJsonObject toJson(const Option &option);
std::optional<Option> optionFromJson(const QJsonObject &object, DecodeError *error = nullptr);

} // namespace coworking
