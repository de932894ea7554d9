#include "logpushgateway.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPush, "coworking.push")

namespace coworking {

PushGateway::Outcome LogPushGateway::send(const DeviceToken &device, const QString &title,
                                          const QString &body, const QJsonObject &data)
{
    // A push token lets anyone message that device: the log keeps only its start.
    const QString shortToken = device.token.left(8) + QStringLiteral("...");
    qCInfo(lcPush).noquote() << "push to" << deviceTypeName(device.deviceType) << shortToken
                             << "of user" << device.userId << "title:" << title
                             << "body:" << body.size() << "chars, data:"
                             << QString::fromUtf8(QJsonDocument(data).toJson(
                                    QJsonDocument::Compact));
    return Outcome::Delivered;
}

} // namespace coworking
