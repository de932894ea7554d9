#include "logpushgateway.h"

#include "pushlog.h"

#include <QJsonDocument>

namespace coworking {

PushGateway::Outcome LogPushGateway::send(const DeviceToken &device, const QString &title,
                                          const QString &body, const QJsonObject &data)
{
    qCInfo(lcPush).noquote() << "push to" << deviceTypeName(device.deviceType)
                             << redactedPushToken(device.token) << "of user" << device.userId
                             << "title:" << title << "body:" << body.size() << "chars, data:"
                             << QString::fromUtf8(
                                        QJsonDocument(data).toJson(QJsonDocument::Compact));
    return Outcome::Delivered;
}

} // namespace coworking
