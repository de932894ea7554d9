#pragma once

#include "option.h"

#include <QJsonObject>

namespace coworking {

// The body of POST /options: {coworking_id, name}; 422 VALIDATION_ERROR naming invalid fields.
// The id is left unset.
Option optionDraftFromJson(const QJsonObject &object);

// {id, coworking_id, name}
QJsonObject toJson(const Option &option);

} // namespace coworking
