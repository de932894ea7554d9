#pragma once

#include "notifications/pushgateway.h"

#include <QtGlobal>

namespace coworking {

// The default push gateway: writes each push to the log (category coworking.push) and reports
// it delivered. Stands in until a real gateway (FCM) is configured; thread-safe.
class LogPushGateway final : public PushGateway
{
    Q_DISABLE_COPY_MOVE(LogPushGateway)
public:
    LogPushGateway() = default;

    Outcome send(const DeviceToken &device, const QString &title, const QString &body,
                 const QJsonObject &data) override;
};

} // namespace coworking
