#pragma once

// A client of the test's server, signed in as a given person, for the desk's GUI tests.

#include "apiharness.h"
#include "client/coworkingclient.h"
#include "client/tokenstore.h"

#include <QTest>

#include <memory>

namespace coworking::test {

inline QUrl serverUrl(ApiHarness &h)
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(h.port()));
}

// Signs in through the client (waiting for the answer); null when the server refused.
inline std::unique_ptr<client::CoworkingClient>
signedInClient(ApiHarness &h, const QString &email, const QString &password = u"password123"_s)
{
    auto c = std::make_unique<client::CoworkingClient>(
            serverUrl(h), std::make_unique<client::MemoryTokenStore>());
    bool done = false;
    bool ok = false;
    QObject context;
    c->auth().login(email, password, false, &context, [&](client::Result<User> r) {
        done = true;
        ok = r.ok();
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
        return nullptr;
    return c;
}

// Reads one coworking through the client (waiting for the answer).
inline std::optional<Coworking> readCoworking(client::CoworkingClient &c, const QString &id)
{
    std::optional<Coworking> result;
    bool done = false;
    QObject context;
    c.coworkings().get(id, &context, [&](client::Result<Coworking> r) {
        done = true;
        if (r.ok())
            result = r.value();
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return std::nullopt;
    return result;
}

} // namespace coworking::test
