#include "viewtestsupport.h"

#include "client/tokenstore.h"
#include "database.h"

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QTest>

namespace coworking::test {

OwnedCoworking::OwnedCoworking()
    : api(std::make_unique<ApiHarness>()), site(std::make_unique<SiteFixture>(*api))
{
    registerNamed(*api, u"owner@example.com"_s, u"Olga Owner"_s, true);
    ownerToken = api->token(u"owner@example.com"_s);
    coworkingId = site->coworking(ownerToken, { { u"name"_s, u"Loft"_s } });
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, column).data().toString());
    return out;
}

QString registerNamed(ApiHarness &api, const QString &email, const QString &fullName, bool business,
                      bool admin)
{
    const Reply reply = api.post(u"/users"_s,
                                 QJsonObject{ { u"email"_s, email },
                                              { u"full_name"_s, fullName },
                                              { u"password"_s, u"password123"_s },
                                              { u"is_business"_s, business } });
    if (reply.status != 201)
        qFatal("registering %s failed: %d %s", qPrintable(email), reply.status,
               reply.body.constData());
    const QString id = reply.obj().value(u"id"_s).toString();
    if (admin)
        api.database().execute(u"UPDATE users SET is_admin = ? WHERE id = ?"_s,
                               { api.database().boolean(true), id });
    return id;
}

std::unique_ptr<client::CoworkingClient> signedInClient(ApiHarness &api, const QString &email,
                                                        const QString &password)
{
    auto client = std::make_unique<client::CoworkingClient>(
            QUrl(u"http://127.0.0.1:%1"_s.arg(api.port())),
            std::make_unique<client::MemoryTokenStore>());
    std::optional<client::Result<User>> answer;
    client->auth().login(email, password, false, client.get(),
                         [&answer](client::Result<User> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        qFatal("signing in as %s failed: %s", qPrintable(email),
               answer ? qPrintable(answer->error().message) : "no answer");
    return client;
}

Coworking fetchCoworking(client::CoworkingClient &client, const QString &id)
{
    std::optional<client::Result<Coworking>> answer;
    client.coworkings().get(id, &client,
                            [&answer](client::Result<Coworking> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        qFatal("reading coworking %s failed", qPrintable(id));
    return answer->value();
}

} // namespace coworking::test
