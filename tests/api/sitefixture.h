#pragma once

#include "apiharness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace coworking::test {

// A signed-in user of a test.
struct Person
{
    QString id;
    QString email;
    QString token;
};

// What most API tests need before they can book: people, a coworking, spots. Every call goes
// through the HTTP API and stops the test (qFatal) when the server refuses, so a broken set-up
// never passes for a test result.
class SiteFixture
{
public:
    explicit SiteFixture(ApiHarness &harness) : m_h(harness) { }

    // A new user "<prefix>N@example.com" with a token.
    Person person(bool business = false, bool admin = false);
    // Open 08:00-20:00 Europe/Moscow unless `overrides` say otherwise.
    QString coworking(const Person &owner, const QJsonObject &overrides = {});
    // Spots named "<prefix>1".."<prefix>N"; their ids, in order.
    QStringList spots(const Person &owner, const QString &coworkingId, int count,
                      const QString &prefix = u"Desk "_s);
    // A booking that must succeed; its id.
    QString book(const Person &who, const QString &spotId, const QString &from,
                 const QString &until);

    // A user with a chosen e-mail, for tests that look at e-mails.
    Person personNamed(const QString &email, bool business = false, bool admin = false);
    // The same set-up steps by token, for tests that keep tokens rather than Persons; each stops
    // the test (qFatal) when the server refuses.
    QString coworking(const QString &ownerToken, const QJsonObject &overrides = {});
    // Spots from full drafts; their ids, in order.
    QStringList spots(const QString &ownerToken, const QString &coworkingId,
                      const QJsonArray &drafts);
    // The spots as the server returned them.
    QJsonArray spotObjects(const QString &ownerToken, const QString &coworkingId,
                           const QJsonArray &drafts);
    QString option(const QString &token, const QString &coworkingId, const QString &name);
    void addManager(const QString &ownerToken, const QString &coworkingId, const QString &userId);
    // A booking from a full body (see bookingBody() in testhelpers.h) that must succeed; its id.
    QString book(const QString &token, const QJsonObject &body);

private:
    ApiHarness &m_h;
    int m_people = 0;
};

} // namespace coworking::test
