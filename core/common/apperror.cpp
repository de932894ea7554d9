#include "apperror.h"

namespace coworking {

QJsonObject AppError::toJson() const
{
    QJsonObject body = m_extra;
    body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), m_code},
                                                     {QStringLiteral("message"), m_message},
                                                     {QStringLiteral("details"), m_details}});
    return body;
}

AppError AppError::invalidField(const QString &field, const QString &message)
{
    const QJsonArray fields{QJsonObject{{QStringLiteral("field"), field},
                                        {QStringLiteral("message"), message}}};
    return {ErrorKind::Validation, QStringLiteral("VALIDATION_ERROR"),
            field + QStringLiteral(": ") + message,
            QJsonObject{{QStringLiteral("fields"), fields}}};
}

} // namespace coworking
