#pragma once

#include "apiharness.h"
#include "sitefixture.h"
#include "client/coworkingclient.h"

#include <QString>
#include <QStringList>

class QAbstractItemModel;

#include <memory>

using namespace Qt::StringLiterals;

// What the tests of the desk's views (bookings, settings, people) share: a client of the
// harness's server, signed in, and the coworking as the client reads it.
namespace coworking::test {

// A server with an owner (owner@example.com, "Olga Owner") and the coworking "Loft" of theirs
// (08:00-20:00 Europe/Moscow), the start of most view tests.
struct OwnedCoworking
{
    OwnedCoworking();

    std::unique_ptr<ApiHarness> api;
    std::unique_ptr<SiteFixture> site;
    QString ownerToken;
    QString coworkingId;
};

// The texts of one column of a model (a view's proxy: its filter and order), top to bottom.
QStringList columnTexts(const QAbstractItemModel &model, int column);

// A user registered with a chosen full name (the views show names); its id.
QString registerNamed(ApiHarness &api, const QString &email, const QString &fullName,
                      bool business = false, bool admin = false);

// A client of `api`'s server signed in as `email`; stops the test (qFatal) when sign-in fails.
std::unique_ptr<client::CoworkingClient> signedInClient(ApiHarness &api, const QString &email,
                                                        const QString &password = u"password123"_s);

// GET /coworkings/{id} through `client`, as a view gets it from the shell's switcher.
Coworking fetchCoworking(client::CoworkingClient &client, const QString &id);

} // namespace coworking::test
