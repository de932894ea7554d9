#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace coworking {

// The reverse proxies whose word on the client's address is taken (--trusted-proxies): only
// when the TCP peer is one of them do X-Forwarded-For and X-Real-IP name the client; anybody
// else could write any address there and slip past every per-address limit.
class TrustedProxies
{
public:
    // Comma-separated addresses and CIDR ranges ("127.0.0.1, ::1, 10.0.0.0/8"); empty trusts
    // nobody. nullopt with a message naming the entry that does not read.
    static std::optional<TrustedProxies> parse(const QString &list, QString *error);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    // The client's address for a request from `peer`: the peer itself unless it is trusted;
    // then the right-most address of X-Forwarded-For (every line, in order, joined by commas)
    // that is not itself a trusted proxy, or X-Real-IP when there is no X-Forwarded-For. A hop
    // that does not read as an address ends the walk at the last trusted one.
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                               const QByteArray &realIp) const;

    // An IPv4 address as itself, also when it comes as ::ffff:a.b.c.d (a dual-stack socket).
    static QHostAddress normalized(const QHostAddress &address);

private:
    QList<std::pair<QHostAddress, int>> m_ranges;
};

} // namespace coworking
