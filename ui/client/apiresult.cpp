#include "apiresult.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

std::optional<QJsonObject> ApiError::alternativeSpot() const
{
    const QJsonValue spot = details.value(u"alternative_spot"_s);
    if (spot.isObject())
        return spot.toObject();
    const QJsonValue alternative = details.value(u"alternative"_s);
    if (alternative.isObject())
        return alternative.toObject();
    return std::nullopt;
}

QString ApiError::fieldMessage(const QString &field) const
{
    for (const FieldError &f : fields) {
        if (f.field == field)
            return f.message;
    }
    return {};
}

} // namespace coworking::client
