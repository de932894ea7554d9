#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcPush)

namespace coworking {

// A push token lets anyone message that device: logs keep only its start.
QString redactedPushToken(const QString &token);

} // namespace coworking
