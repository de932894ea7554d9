#include "apperror.h"

#include "errorenvelope.h"

using namespace Qt::StringLiterals;

namespace coworking {

QJsonObject AppError::toJson() const
{
    return coworking::toJson(errorEnvelopeOf(*this));
}

AppError AppError::invalidField(const QString &field, const QString &message)
{
    const QJsonArray fields{ QJsonObject{ { u"field"_s, field }, { u"message"_s, message } } };
    return { ErrorKind::Validation, u"VALIDATION_ERROR"_s, field + u": "_s + message,
             QJsonObject{ { u"fields"_s, fields } } };
}

} // namespace coworking
