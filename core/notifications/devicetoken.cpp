#include "devicetoken.h"

using namespace Qt::StringLiterals;

namespace coworking {

QString deviceTypeName(DeviceType type)
{
    switch (type) {
    case DeviceType::Android:
        return u"android"_s;
    case DeviceType::Ios:
        return u"ios"_s;
    case DeviceType::Web:
        return u"web"_s;
    }
    return u"android"_s;
}

std::optional<DeviceType> deviceTypeFromName(const QString &name)
{
    if (name == u"android")
        return DeviceType::Android;
    if (name == u"ios")
        return DeviceType::Ios;
    if (name == u"web")
        return DeviceType::Web;
    return std::nullopt;
}

} // namespace coworking
