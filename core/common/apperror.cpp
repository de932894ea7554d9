#include "apperror.h"

using namespace Qt::StringLiterals;

namespace coworking {

QJsonObject AppError::toJson() const
{
    QJsonObject body = m_extra;
    body.insert(u"error"_s,
                QJsonObject{ { u"code"_s, m_code },
                             { u"message"_s, m_message },
                             { u"details"_s, m_details } });
    return body;
}

AppError AppError::invalidField(const QString &field, const QString &message)
{
    const QJsonArray fields{ QJsonObject{ { u"field"_s, field }, { u"message"_s, message } } };
    return { ErrorKind::Validation, u"VALIDATION_ERROR"_s, field + u": "_s + message,
             QJsonObject{ { u"fields"_s, fields } } };
}

} // namespace coworking
