#pragma once

#include "pushgateway.h"

#include <QDateTime>
#include <QString>

namespace coworking {

// One row per (event, device token), written BEFORE the push is sent, so that a runner killed
// and restarted, or a second runner, never pushes the same event to a device twice.
class PushDeliveryRepository
{
public:
    virtual ~PushDeliveryRepository() = default;
    // Records that the push of `eventId` to `token` is being sent and returns true when the
    // caller should send it: no attempt so far, or the last one failed. False when it was
    // delivered, the token is unregistered, or an earlier attempt stopped half-way ("sending":
    // it may have reached the device, and at most once beats twice).
    virtual bool begin(const QString &eventId, const QString &token, const QDateTime &at) = 0;
    virtual void finish(const QString &eventId, const QString &token,
                        PushGateway::Outcome outcome) = 0;
};

} // namespace coworking
