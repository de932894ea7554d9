#include "apperror.h"

#include "errorcodes.h"
#include "errorenvelope.h"
#include "jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking {

QJsonObject AppError::toJson() const
{
    return coworking::toJson(errorEnvelopeOf(*this));
}

AppError AppError::invalidField(const QString &field, const QString &message)
{
    const QJsonArray fields{ QJsonObject{ { keys::Field, field }, { keys::Message, message } } };
    return { ErrorKind::Validation, errc::ValidationError, field + u": "_s + message,
             QJsonObject{ { keys::Fields, fields } } };
}

} // namespace coworking
