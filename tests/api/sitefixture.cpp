#include "sitefixture.h"

#include "testhelpers.h"

namespace coworking::test {

namespace {

QString require(const Reply &reply, int status, const char *what)
{
    if (reply.status != status)
        qFatal("%s failed: %d %s", what, reply.status, reply.body.constData());
    return reply.obj().value(QStringLiteral("id")).toString();
}

} // namespace

Person SiteFixture::person(bool business, bool admin)
{
    const QString email = QStringLiteral("person%1@example.com").arg(++m_people);
    const QString id = m_h.createUser(email, business, admin);
    return { id, email, m_h.token(email) };
}

QString SiteFixture::coworking(const Person &owner, const QJsonObject &overrides)
{
    return coworking(owner.token, overrides);
}

QString SiteFixture::coworking(const QString &ownerToken, const QJsonObject &overrides)
{
    QJsonObject body{ { QStringLiteral("name"), QStringLiteral("Hub %1").arg(m_people) },
                      { QStringLiteral("address"), QStringLiteral("Main street 1") },
                      { QStringLiteral("opens_at"), QStringLiteral("08:00") },
                      { QStringLiteral("closes_at"), QStringLiteral("20:00") },
                      { QStringLiteral("timezone"), QStringLiteral("Europe/Moscow") } };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    return require(m_h.post(QStringLiteral("/coworkings"), body, ownerToken), 201,
                   "creating a coworking");
}

QStringList SiteFixture::spots(const Person &owner, const QString &coworkingId, int count,
                               const QString &prefix)
{
    QJsonArray drafts;
    for (int i = 1; i <= count; ++i)
        drafts.append(QJsonObject{ { QStringLiteral("name"), QString(prefix + QString::number(i)) } });
    const Reply reply = m_h.post(QStringLiteral("/coworkings/%1/spots").arg(coworkingId), drafts,
                                 owner.token);
    if (reply.status != 201)
        qFatal("creating spots failed: %d %s", reply.status, reply.body.constData());
    QStringList ids;
    for (const QJsonValue &spot : reply.arr())
        ids.append(spot.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QString SiteFixture::book(const Person &who, const QString &spotId, const QString &from,
                          const QString &until)
{
    return require(m_h.post(QStringLiteral("/bookings"),
                            QJsonObject{ { QStringLiteral("spot_id"), spotId },
                                         { QStringLiteral("time_from"), from },
                                         { QStringLiteral("time_until"), until } },
                            who.token),
                   201, "booking");
}

Person SiteFixture::personNamed(const QString &email, bool business, bool admin)
{
    const QString id = m_h.createUser(email, business, admin);
    return { id, email, m_h.token(email) };
}

QJsonArray SiteFixture::spotObjects(const QString &ownerToken, const QString &coworkingId,
                                    const QJsonArray &drafts)
{
    return expectStatus(m_h.post(QStringLiteral("/coworkings/%1/spots").arg(coworkingId), drafts,
                                 ownerToken),
                        201, "creating spots")
            .arr();
}

QStringList SiteFixture::spots(const QString &ownerToken, const QString &coworkingId,
                               const QJsonArray &drafts)
{
    return valuesOf(spotObjects(ownerToken, coworkingId, drafts));
}

QString SiteFixture::option(const QString &token, const QString &coworkingId,
                            const QString &name)
{
    return require(m_h.post(QStringLiteral("/options"),
                            QJsonObject{ { QStringLiteral("coworking_id"), coworkingId },
                                         { QStringLiteral("name"), name } },
                            token),
                   201, "creating an option");
}

void SiteFixture::addManager(const QString &ownerToken, const QString &coworkingId,
                             const QString &userId)
{
    expectStatus(m_h.put(QStringLiteral("/coworkings/%1/managers/%2").arg(coworkingId, userId),
                         QJsonValue(), ownerToken),
                 204, "adding a manager");
}

QString SiteFixture::book(const QString &token, const QJsonObject &body)
{
    return require(m_h.post(QStringLiteral("/bookings"), body, token), 201, "booking");
}

} // namespace coworking::test
