#pragma once

#include "apiharness.h"
#include "client/coworkingclient.h"

#include <QString>

#include <memory>

using namespace Qt::StringLiterals;

// What the tests of the desk's views (bookings, settings, people) share: a client of the
// harness's server, signed in, and the coworking as the client reads it.
namespace coworking::test {

// A user registered with a chosen full name (the views show names); its id.
QString registerNamed(ApiHarness &api, const QString &email, const QString &fullName,
                      bool business = false, bool admin = false);

// A client of `api`'s server signed in as `email`; stops the test (qFatal) when sign-in fails.
std::unique_ptr<client::CoworkingClient> signedInClient(ApiHarness &api, const QString &email,
                                                        const QString &password = u"password123"_s);

// GET /coworkings/{id} through `client`, as a view gets it from the shell's switcher.
Coworking fetchCoworking(client::CoworkingClient &client, const QString &id);

} // namespace coworking::test
