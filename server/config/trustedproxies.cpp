#include "trustedproxies.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// One hop of X-Forwarded-For or X-Real-IP: "203.0.113.7", "2001:db8::1", and the forms with a
// port some proxies write ("203.0.113.7:4711", "[2001:db8::1]:4711"). Null when it is none.
QHostAddress parseHop(QByteArray hop)
{
    hop = hop.trimmed();
    if (hop.size() >= 2 && hop.startsWith('"') && hop.endsWith('"'))
        hop = hop.mid(1, hop.size() - 2);
    if (hop.startsWith('[')) {
        const qsizetype end = hop.indexOf(']');
        if (end < 0)
            return {};
        hop = hop.mid(1, end - 1);
    } else if (hop.count(':') == 1) {
        hop.truncate(hop.indexOf(':'));
    }
    // QHostAddress also reads hosts like "1" (0.0.0.1); a hop must look like an address.
    if (hop.isEmpty() || (!hop.contains('.') && !hop.contains(':')))
        return {};
    return TrustedProxies::normalized(QHostAddress(QString::fromLatin1(hop)));
}

} // namespace

QHostAddress TrustedProxies::normalized(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(v4);
    }
    return address;
}

std::optional<TrustedProxies> TrustedProxies::parse(const QString &list, QString *error)
{
    TrustedProxies proxies;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = item.trimmed();
        if (entry.isEmpty())
            continue;
        std::pair<QHostAddress, int> range = entry.contains(u'/')
                ? QHostAddress::parseSubnet(entry)
                : std::pair<QHostAddress, int>{ QHostAddress(entry), -1 };
        if (range.first.isNull()) {
            *error = u"--trusted-proxies: \"%1\" is not an address or a CIDR range "
                     "(e.g. 127.0.0.1, ::1, 10.0.0.0/8)"_s.arg(entry);
            return std::nullopt;
        }
        range.first = normalized(range.first);
        if (range.second < 0)
            range.second = range.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
        proxies.m_ranges.append(range);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress a = normalized(address);
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [&a](const auto &range) { return a.isInSubnet(range.first, range.second); });
}

QHostAddress TrustedProxies::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                           const QByteArray &realIp) const
{
    QHostAddress current = normalized(peer);
    if (!contains(current))
        return current;
    if (!forwardedFor.trimmed().isEmpty()) {
        const QByteArrayList hops = forwardedFor.split(',');
        for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
            const QHostAddress hop = parseHop(*it);
            if (hop.isNull())
                return current;
            current = hop;
            if (!contains(hop))
                return hop;
        }
        return current; // every hop a proxy of ours: the left-most is as close as it gets
    }
    if (const QHostAddress real = parseHop(realIp); !real.isNull())
        return real;
    return current;
}

} // namespace coworking
