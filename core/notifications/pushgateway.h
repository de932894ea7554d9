#pragma once

#include "devicetoken.h"

#include <QJsonObject>
#include <QString>

namespace coworking {

// Delivers a push message to one device (FCM, APNs, Web Push behind one port). Shared by every
// request thread and the runner: implementations must be thread-safe.
class PushGateway
{
public:
    enum class Outcome {
        Delivered, // accepted by the push service
        Unregistered, // the service no longer knows the token: forget it
        Failed, // anything else; worth a retry later
    };

    virtual ~PushGateway() = default;
    // `data` holds string values only, as every push service requires.
    virtual Outcome send(const DeviceToken &device, const QString &title, const QString &body,
                         const QJsonObject &data) = 0;
};

} // namespace coworking
