#include "uploadroutes.h"

#include <QByteArrayList>

#include <algorithm>

namespace coworking {

namespace {

// 8-4-4-4-12 hex digits, as the router's UUID check (JsonBody::isUuid) accepts them.
bool isUuid(QByteArrayView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

} // namespace

qint64 maxBodyBytesFor(const HttpLimits &limits, QByteArrayView method, QByteArrayView target)
{
    return isUploadRoute(method, target) ? std::max(limits.maxUploadBytes, limits.maxBodyBytes)
                                         : limits.maxBodyBytes;
}

bool isUploadRoute(QByteArrayView method, QByteArrayView target)
{
    const bool post = method == "POST";
    if (!post && method != "PUT")
        return false;
    const qsizetype query = target.indexOf('?');
    if (query >= 0)
        target = target.first(query);
    // Split as the router does: empty segments (a doubled or trailing '/') do not count.
    QByteArrayList segments;
    for (const QByteArray &segment : target.toByteArray().split('/')) {
        if (!segment.isEmpty())
            segments.append(segment);
    }
    if (post && segments.size() == 2)
        return segments[0] == "storage" && segments[1] == "upload";
    if (segments.size() != 3)
        return false;
    if (!post && segments[0] == "users")
        return segments[1] == "me" && segments[2] == "avatar";
    return segments[0] == "coworkings" && isUuid(segments[1])
            && segments[2] == (post ? "images" : "floor-plan");
}

} // namespace coworking
