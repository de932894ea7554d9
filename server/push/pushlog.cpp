#include "pushlog.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPush, "coworking.push")

namespace coworking {

QString redactedPushToken(const QString &token)
{
    return token.left(8) + u"..."_s;
}

} // namespace coworking
