#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace coworking {

enum class DeviceType { Android, Ios, Web };

// "android", "ios", "web": the API's and the database's spelling.
QString deviceTypeName(DeviceType type);
std::optional<DeviceType> deviceTypeFromName(const QString &name);

// A push token of one app install (FCM, APNs or Web Push), owned by the user who registered it
// last: a phone that changes hands sends its token again under the new account.
struct DeviceToken
{
    QString token; // opaque, case-sensitive
    QString userId;
    DeviceType deviceType = DeviceType::Android;
    QDateTime createdAt; // when its current owner registered it
    QDateTime updatedAt; // its latest registration

    bool operator==(const DeviceToken &) const = default;
};

} // namespace coworking
