#pragma once

#include "apiharness.h"
#include "client/coworkingclient.h"

#include <QObject>
#include <QTest>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace coworking::test {

// Callbacks that ran before the call that asked for them returned: must stay 0 (the client
// promises that every answer arrives later, on the event loop).
inline int g_synchronousCallbacks = 0;

// Runs one asynchronous client call and waits for its answer (tests only: the event loop spins
// here, which product code never does). `start(context, callback)` makes the call.
template<typename T, typename Start>
client::Result<T> await(Start &&start, int timeoutMs = 20000)
{
    std::optional<client::Result<T>> out;
    bool returned = false;
    QObject context;
    start(&context, [&out, &returned](client::Result<T> r) {
        if (!returned)
            ++g_synchronousCallbacks;
        out.emplace(std::move(r));
    });
    returned = true;
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        client::ApiError e;
        e.kind = client::ApiError::Kind::Cancelled;
        e.message = u"the test waited in vain"_s;
        return e;
    }
    return *out;
}

inline QUrl serverUrl(ApiHarness &h)
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(h.port()));
}

// "kind/status/code: message" of a failed result, for test messages.
template<typename T>
QByteArray describe(const client::Result<T> &r)
{
    if (r.ok())
        return "ok";
    const client::ApiError &e = r.error();
    return QByteArray::number(int(e.kind)) + '/' + QByteArray::number(e.status) + '/'
            + e.code.toUtf8() + ": " + e.message.toUtf8();
}

} // namespace coworking::test

namespace coworking::client {
// For QCOMPARE's failure message.
inline char *toString(ApiError::Kind kind)
{
    return qstrdup(QByteArray::number(int(kind)).constData());
}
} // namespace coworking::client

// QVERIFY2 of a result that must be ok.
#define QVERIFY_OK(result) QVERIFY2((result).ok(), describe(result).constData())
