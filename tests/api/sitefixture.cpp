#include "sitefixture.h"

#include "testhelpers.h"

using namespace Qt::StringLiterals;

namespace coworking::test {

namespace {

QString require(const Reply &reply, int status, const char *what)
{
    if (reply.status != status)
        qFatal("%s failed: %d %s", what, reply.status, reply.body.constData());
    return reply.obj().value(u"id"_s).toString();
}

} // namespace

Person SiteFixture::person(bool business, bool admin)
{
    const QString email = u"person%1@example.com"_s.arg(++m_people);
    const QString id = m_h.createUser(email, business, admin);
    return { id, email, m_h.token(email) };
}

QString SiteFixture::coworking(const Person &owner, const QJsonObject &overrides)
{
    return coworking(owner.token, overrides);
}

QString SiteFixture::coworking(const QString &ownerToken, const QJsonObject &overrides)
{
    QJsonObject body{ { u"name"_s, u"Hub %1"_s.arg(m_people) },
                      { u"address"_s, u"Main street 1"_s },
                      { u"opens_at"_s, u"08:00"_s },
                      { u"closes_at"_s, u"20:00"_s },
                      { u"timezone"_s, u"Europe/Moscow"_s } };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    return require(m_h.post(u"/coworkings"_s, body, ownerToken), 201, "creating a coworking");
}

QStringList SiteFixture::spots(const Person &owner, const QString &coworkingId, int count,
                               const QString &prefix)
{
    QJsonArray drafts;
    for (int i = 1; i <= count; ++i)
        drafts.append(QJsonObject{ { u"name"_s, QString(prefix + QString::number(i)) } });
    const Reply reply = m_h.post(u"/coworkings/%1/spots"_s.arg(coworkingId), drafts, owner.token);
    if (reply.status != 201)
        qFatal("creating spots failed: %d %s", reply.status, reply.body.constData());
    QStringList ids;
    for (const QJsonValue &spot : reply.arr())
        ids.append(spot.toObject().value(u"id"_s).toString());
    return ids;
}

QString SiteFixture::book(const Person &who, const QString &spotId, const QString &from,
                          const QString &until)
{
    return require(m_h.post(u"/bookings"_s,
                            QJsonObject{ { u"spot_id"_s, spotId },
                                         { u"time_from"_s, from },
                                         { u"time_until"_s, until } },
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
    return expectStatus(m_h.post(u"/coworkings/%1/spots"_s.arg(coworkingId), drafts, ownerToken),
                        201, "creating spots")
            .arr();
}

QStringList SiteFixture::spots(const QString &ownerToken, const QString &coworkingId,
                               const QJsonArray &drafts)
{
    return valuesOf(spotObjects(ownerToken, coworkingId, drafts));
}

QString SiteFixture::option(const QString &token, const QString &coworkingId, const QString &name)
{
    return require(m_h.post(u"/options"_s,
                            QJsonObject{ { u"coworking_id"_s, coworkingId }, { u"name"_s, name } },
                            token),
                   201, "creating an option");
}

void SiteFixture::addManager(const QString &ownerToken, const QString &coworkingId,
                             const QString &userId)
{
    expectStatus(m_h.put(u"/coworkings/%1/managers/%2"_s.arg(coworkingId, userId), QJsonValue(),
                         ownerToken),
                 204, "adding a manager");
}

QString SiteFixture::book(const QString &token, const QJsonObject &body)
{
    return require(m_h.post(u"/bookings"_s, body, token), 201, "booking");
}

} // namespace coworking::test
