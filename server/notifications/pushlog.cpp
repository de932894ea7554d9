#include "pushlog.h"

Q_LOGGING_CATEGORY(lcPush, "coworking.push")

namespace coworking {

QString redactedPushToken(const QString &token)
{
    return token.left(8) + QStringLiteral("...");
}

} // namespace coworking
