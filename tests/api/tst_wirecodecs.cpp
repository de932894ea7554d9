// Core's decoders read what the server really sends: real data is made through the API, every
// kind of answer (resources, lists with their X-Total-Count, error envelopes, live messages) is
// decoded with core's decoders, encoded again with core's encoders and compared member by member
// with the server's JSON. A member a decoder drops or misreads shows up as a difference here.
#include "apiharness.h"
#include "serverconfig.h"
#include "auth/authjson.h"
#include "bookings/bookingjson.h"
#include "common/errorcodes.h"
#include "common/errorenvelope.h"
#include "common/jsonkeys.h"
#include "coworkings/coworkingjson.h"
#include "coworkings/coworkingservice.h"
#include "events/outboxevent.h"
#include "live/livemessage.h"
#include "livetestclient.h"
#include "notifications/notificationjson.h"
#include "options/optionjson.h"
#include "sitefixture.h"
#include "spots/spotjson.h"
#include "testhelpers.h"
#include "users/userjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// The first place where `again` differs from `sent`, as a path ("booking.map.x"); empty when
// they are equal.
QString difference(const QJsonValue &sent, const QJsonValue &again, const QString &path)
{
    const QString where = path.isEmpty() ? u"(top)"_s : path;
    if (sent.type() != again.type())
        return where + u": sent type %1, re-encoded type %2"_s.arg(sent.type()).arg(again.type());
    if (sent.isObject()) {
        const QJsonObject a = sent.toObject();
        const QJsonObject b = again.toObject();
        QStringList names = a.keys() + b.keys();
        names.removeDuplicates();
        for (const QString &name : names) {
            const QString member = path.isEmpty() ? name : path + u'.' + name;
            if (!a.contains(name) || !b.contains(name))
                return member + (a.contains(name) ? u": dropped"_s : u": added"_s);
            const QString d = difference(a.value(name), b.value(name), member);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (sent.isArray()) {
        const QJsonArray a = sent.toArray();
        const QJsonArray b = again.toArray();
        if (a.size() != b.size())
            return where + u": %1 items sent, %2 re-encoded"_s.arg(a.size()).arg(b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString d = difference(a.at(i), b.at(i), path + u"[%1]"_s.arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (sent != again) {
        return where
                + u": sent %1, re-encoded %2"_s.arg(sent.toVariant().toString(),
                                                    again.toVariant().toString());
    }
    return {};
}

// Decodes one object of an answer and encodes it again: the difference from what was sent, or
// why it did not decode.
using Check = std::function<QString(const QJsonObject &)>;

template<typename Decode, typename Encode>
Check codec(Decode decode, Encode encode)
{
    return [decode, encode](const QJsonObject &sent) -> QString {
        DecodeError error;
        const auto decoded = decode(sent, &error);
        if (!decoded)
            return u"does not decode: "_s + error.field + u' ' + error.message;
        return difference(sent, encode(*decoded), {});
    };
}

// One answer of the server to check: a single object, or every item of a list.
struct Answer
{
    QByteArray name;
    QByteArray kind;
    QJsonValue body;
    QDateTime at; // the server's time when it answered: a booking's status depends on it
    qint64 total = -1; // X-Total-Count of a list answer
};

} // namespace

class TestWireCodecs final : public QObject
{
    Q_OBJECT

private:
    void record(const QByteArray &name, const QByteArray &kind, const Reply &reply, int status)
    {
        expectStatus(reply, status, name.constData());
        const QByteArray total = reply.headers.value("x-total-count");
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        m_answers.append(
                { name, kind,
                  document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                  m_h->clock().now(), total.isNull() ? -1 : total.toLongLong() });
    }
    void recordJson(const QByteArray &name, const QByteArray &kind, const QJsonValue &body)
    {
        m_answers.append({ name, kind, body, m_h->clock().now(), -1 });
    }
    QString path(const QString &pattern, const QString &id) const { return pattern.arg(id); }

    // Makes one of everything through the API and keeps the answers.
    void makeWorld();
    // The live messages of one subscription through a series of changes.
    void recordLive();

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    QHash<QByteArray, Check> m_checks;
    QList<Answer> m_answers;
    Person m_owner, m_user, m_admin;
    QString m_coworking;
    QStringList m_spots;
    QString m_option;
    QList<qint64> m_liveSeqs;
    QDateTime m_answeredAt; // of the answer being checked

private slots:
    void initTestCase();
    void answers_data();
    void answers();
    void liveSeqRises();
    void everyKindChecked();
};

void TestWireCodecs::initTestCase()
{
    // Tokens outlive the hours the test moves the clock on.
    m_h = std::make_unique<ApiHarness>(
            [](ServerConfig &config) { config.accessTtlMinutes = 60 * 24 * 60; });
    m_site = std::make_unique<SiteFixture>(*m_h);
    const auto now = [this] { return m_answeredAt; };

    m_checks.insert("user", codec(&userFromJson, qOverload<const User &>(&toJson)));
    m_checks.insert("token pair", codec(&tokenPairFromJson, qOverload<const TokenPair &>(&toJson)));
    m_checks.insert("coworking", codec(&coworkingFromJson, qOverload<const Coworking &>(&toJson)));
    m_checks.insert("coworking list item", codec(&coworkingListItemFromJson, &toListItemJson));
    m_checks.insert("staffed coworking",
                    codec(&staffedCoworkingFromJson, qOverload<const StaffedCoworking &>(&toJson)));
    m_checks.insert("coworking image",
                    codec(&coworkingImageFromJson, qOverload<const CoworkingImage &>(&toJson)));
    m_checks.insert("spot", codec(&spotFromJson, qOverload<const Spot &>(&toJson)));
    m_checks.insert("availability",
                    codec(&spotAvailabilityFromJson, qOverload<const SpotAvailability &>(&toJson)));
    for (const bool staff : { false, true }) {
        m_checks.insert(staff ? "timeline, staff" : "timeline",
                        codec(&spotTimelineFromJson, [staff](const SpotTimeline &t) {
                            return timelineToJson({ t }, staff).first().toObject();
                        }));
        m_checks.insert(staff ? "live, staff" : "live",
                        codec(&liveMessageFromJson,
                              [staff](const LiveMessage &m) { return toJson(m, staff); }));
    }
    m_checks.insert("option", codec(&optionFromJson, qOverload<const Option &>(&toJson)));
    m_checks.insert("booking",
                    codec(&bookingFromJson, [now](const Booking &b) { return toJson(b, now()); }));
    m_checks.insert("booking details",
                    codec(&bookingDetailsFromJson,
                          [now](const BookingDetails &d) { return toJson(d, now()); }));
    m_checks.insert("available slots", codec(&availableSlotsFromJson, &availableSlotsToJson));
    m_checks.insert("notification",
                    codec(&notificationFromJson, qOverload<const Notification &>(&toJson)));
    m_checks.insert("notification list",
                    codec(&notificationListFromJson, qOverload<const NotificationList &>(&toJson)));
    m_checks.insert("device token",
                    codec(&deviceTokenFromJson, qOverload<const DeviceToken &>(&toJson)));
    m_checks.insert("error",
                    codec(&errorEnvelopeFromJson, qOverload<const ErrorEnvelope &>(&toJson)));
    m_checks.insert("precheck",
                    codec(&precheckResultFromJson, qOverload<const PrecheckResult &>(&toJson)));
    m_checks.insert("outbox event",
                    codec(&outboxEventFromJson, qOverload<const OutboxEvent &>(&toJson)));

    makeWorld();
    recordLive();
}

void TestWireCodecs::makeWorld()
{
    ApiHarness &api = *m_h;
    const QByteArray png = QByteArray::fromHex(
            "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154"
            "789c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082");

    // People and their tokens
    const Reply registered = api.post(u"/users"_s,
                                      QJsonObject{ { keys::Email, u"wire-owner@example.com"_s },
                                                   { keys::FullName, u"Ольга Владелец"_s },
                                                   { keys::Password, u"password123"_s },
                                                   { keys::IsBusiness, true } });
    record("POST /users", "user", registered, 201);
    m_owner = { registered.obj().value(keys::Id).toString(), u"wire-owner@example.com"_s, {} };
    const Reply login = api.post(
            u"/auth/login"_s,
            QJsonObject{ { keys::Email, m_owner.email }, { keys::Password, u"password123"_s } });
    record("POST /auth/login", "token pair", login, 200);
    m_owner.token = login.obj().value(keys::AccessToken).toString();
    record("POST /auth/refresh", "token pair",
           api.post(u"/auth/refresh"_s,
                    QJsonObject{ { keys::RefreshToken, login.obj().value(keys::RefreshToken) } }),
           200);
    m_user = m_site->person();
    m_admin = m_site->person(false, true);
    record("PATCH /users/me", "user",
           api.patch(u"/users/me"_s,
                     QJsonObject{ { keys::AvatarUrl, u"https://cdn.example.com/a.png"_s } },
                     m_user.token),
           200);
    record("GET /users/me", "user", api.get(u"/users/me"_s, m_owner.token), 200);
    record("GET /users", "user", api.get(u"/users?count=5"_s, m_admin.token), 200);

    // A coworking with a policy, an image and a floor plan
    const QJsonObject policy{ { keys::SlotMinutes, 30 },
                              { keys::CheckinRequired, true },
                              { keys::MaxActiveBookingsPerUser, 5 } };
    const Reply created = api.post(u"/coworkings"_s,
                                   QJsonObject{ { keys::Name, u"Wire loft"_s },
                                                { keys::Description, u"Quiet \"open\" space"_s },
                                                { keys::Address, u"Main street 1"_s },
                                                { keys::OpensAt, u"08:00"_s },
                                                { keys::ClosesAt, u"20:30:15"_s },
                                                { keys::Timezone, u"Europe/Moscow"_s },
                                                { keys::BookingPolicy, policy } },
                                   m_owner.token);
    record("POST /coworkings", "coworking", created, 201);
    m_coworking = created.obj().value(keys::Id).toString();
    const Headers image{ { "Authorization", "Bearer " + m_owner.token.toUtf8() },
                         { "Content-Type", "image/png" } };
    record("POST /coworkings/{id}/images", "coworking image",
           api.raw("POST", path(u"/coworkings/%1/images"_s, m_coworking), png, image), 201);
    record("PUT /coworkings/{id}/floor-plan", "coworking",
           api.raw("PUT", path(u"/coworkings/%1/floor-plan"_s, m_coworking), png, image), 200);
    record("PATCH /coworkings/{id}", "coworking",
           api.patch(path(u"/coworkings/%1"_s, m_coworking),
                     QJsonObject{ { keys::Address, u"Main street 2"_s } }, m_owner.token),
           200);
    record("GET /coworkings/{id}", "coworking", api.get(path(u"/coworkings/%1"_s, m_coworking)),
           200);
    m_site->coworking(m_owner); // a second one, without images
    record("GET /coworkings", "coworking list item", api.get(u"/coworkings"_s), 200);
    record("GET /users/me/coworkings", "staffed coworking",
           api.get(u"/users/me/coworkings"_s, m_owner.token), 200);

    // Spots on the map, one inactive, one off the map
    const QJsonObject map{ { keys::X, 12.5 },
                           { keys::Y, 40 },
                           { keys::Width, 80 },
                           { keys::Height, 60.25 },
                           { keys::Rotation, -15 } };
    const Reply spots =
            api.post(path(u"/coworkings/%1/spots"_s, m_coworking),
                     QJsonArray{ QJsonObject{ { keys::Name, u"Desk 1"_s }, { keys::Map, map } },
                                 QJsonObject{ { keys::Name, u"Desk 2"_s },
                                              { keys::Description, u"By the window"_s },
                                              { keys::Map, map } },
                                 QJsonObject{ { keys::Name, u"Desk 3"_s },
                                              { keys::Status, u"inactive"_s } } },
                     m_owner.token);
    record("POST /coworkings/{id}/spots", "spot", spots, 201);
    for (const QJsonValue spot : spots.arr())
        m_spots.append(spot[keys::Id].toString());
    record("PATCH /spots/{id}", "spot",
           api.patch(path(u"/spots/%1"_s, m_spots.at(1)),
                     QJsonObject{ { keys::Position, 7 },
                                  { keys::Map,
                                    QJsonObject{ { keys::X, 1 },
                                                 { keys::Y, 2 },
                                                 { keys::Width, 3 },
                                                 { keys::Height, 4 } } } },
                     m_owner.token),
           200);
    record("GET /spots/{id}", "spot", api.get(path(u"/spots/%1"_s, m_spots.at(2))), 200);

    // Options and bookings
    const Reply option = api.post(
            u"/options"_s,
            QJsonObject{ { keys::CoworkingId, m_coworking }, { keys::Name, u"Monitor"_s } },
            m_owner.token);
    record("POST /options", "option", option, 201);
    m_option = option.obj().value(keys::Id).toString();
    record("GET /options", "option", api.get(u"/options?coworking_id="_s + m_coworking), 200);

    const Reply booked =
            api.post(u"/bookings"_s,
                     bookingBody(m_spots.at(0), mskText(7, "10:00"), mskText(7, "11:00"),
                                 { { keys::Options, QJsonArray{ m_option } } }),
                     m_user.token);
    record("POST /bookings", "booking", booked, 201);
    const QString booking = booked.obj().value(keys::Id).toString();
    const QString later =
            m_site->book(m_user, m_spots.at(1), mskText(8, "12:00"), mskText(8, "13:30"));
    record("PATCH /bookings/{id}", "booking",
           api.patch(path(u"/bookings/%1"_s, later),
                     QJsonObject{ { keys::TimeFrom, mskText(8, "14:00") },
                                  { keys::TimeUntil, mskText(8, "15:00") } },
                     m_user.token),
           200);
    record("DELETE /bookings/{id}/options/{option_id}", "booking",
           api.del(path(u"/bookings/%1/options/"_s, booking) + m_option, m_user.token), 200);
    record("POST /bookings/{id}/options", "booking",
           api.post(path(u"/bookings/%1/options"_s, booking),
                    QJsonObject{ { keys::OptionId, m_option } }, m_user.token),
           200);
    record("GET /bookings/{id}/available-times", "available slots",
           api.get(path(u"/bookings/%1/available-times"_s, booking), m_user.token), 200);
    const QString cancelled =
            m_site->book(m_user, m_spots.at(1), mskText(9, "09:00"), mskText(9, "10:00"));
    expectStatus(api.del(path(u"/bookings/%1"_s, cancelled), m_user.token), 204, "cancel");
    record("GET /bookings/{id}, cancelled", "booking",
           api.get(path(u"/bookings/%1"_s, cancelled), m_user.token), 200);
    record("GET /coworkings/{id}/spots", "availability",
           api.get(path(u"/coworkings/%1/spots?time_from="_s, m_coworking)
                   + QString::fromLatin1(QUrl::toPercentEncoding(mskText(7, "10:00")))
                   + u"&time_until="_s
                   + QString::fromLatin1(QUrl::toPercentEncoding(mskText(7, "12:00")))),
           200);
    const QString window = u"?time_from=%1&time_until=%2"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(mskText(7, "08:00"))),
            QString::fromLatin1(QUrl::toPercentEncoding(mskText(9, "08:00"))));
    record("GET /coworkings/{id}/timeline", "timeline",
           api.get(path(u"/coworkings/%1/timeline"_s, m_coworking) + window, m_user.token), 200);
    record("GET /coworkings/{id}/timeline, staff", "timeline, staff",
           api.get(path(u"/coworkings/%1/timeline"_s, m_coworking) + window, m_owner.token), 200);
    record("GET /users/me/bookings", "booking details",
           api.get(u"/users/me/bookings"_s, m_user.token), 200);
    record("GET /bookings (staff)", "booking details",
           api.get(u"/bookings?coworking_id="_s + m_coworking, m_owner.token), 200);

    // In progress: checked in, and the spot's current booking
    m_h->clock().advanceSecs(70 * 60); // 10:10 in Moscow
    record("POST /bookings/{id}/check-in", "booking",
           api.post(path(u"/bookings/%1/check-in"_s, booking), QJsonObject{}, m_user.token), 200);
    record("GET /spots/{id}/current-booking", "booking details",
           api.get(path(u"/spots/%1/current-booking"_s, m_spots.at(0)), m_owner.token), 200);
    m_h->clock().advanceSecs(60 * 60); // 11:10: the first booking has expired
    record("GET /bookings/{id}, expired", "booking",
           api.get(path(u"/bookings/%1"_s, booking), m_user.token), 200);

    // Notifications and devices
    record("POST /notifications/device-tokens", "device token",
           api.post(u"/notifications/device-tokens"_s,
                    QJsonObject{ { keys::Token, u"fcm:APA91b-xyz_123"_s },
                                 { keys::DeviceType, u"ios"_s } },
                    m_user.token),
           201);
    record("GET /notifications/device-tokens", "device token",
           api.get(u"/notifications/device-tokens"_s, m_user.token), 200);
    const Reply test =
            api.post(u"/notifications/test"_s,
                     QJsonObject{ { keys::Title, u"Hi"_s },
                                  { keys::Body, u"There"_s },
                                  { keys::Data, QJsonObject{ { u"screen"_s, u"bookings"_s } } } },
                     m_user.token);
    expectStatus(test, 200, "POST /notifications/test");
    const QJsonObject notification = test.obj().value(keys::Notification).toObject();
    recordJson("POST /notifications/test: notification", "notification", notification);
    const QString notificationId = notification.value(keys::Id).toString();
    record("POST /notifications/{id}/read", "notification",
           api.post(path(u"/notifications/%1/read"_s, notificationId), QJsonObject{}, m_user.token),
           200);
    api.post(u"/notifications/test"_s,
             QJsonObject{ { keys::Title, u"Again"_s }, { keys::Body, u"Unread"_s } }, m_user.token);
    record("GET /notifications", "notification list",
           api.get(u"/notifications?count=1"_s, m_user.token), 200);
    record("GET /notifications/{id}", "notification",
           api.get(path(u"/notifications/%1"_s, notificationId), m_user.token), 200);

    // Errors
    record("422 with field errors", "error",
           api.post(u"/users"_s,
                    QJsonObject{ { keys::Email, u"not an email"_s },
                                 { keys::FullName, u""_s },
                                 { keys::Password, u"short"_s } }),
           422);
    const QJsonObject conflicting =
            bookingBody(m_spots.at(0), mskText(8, "10:00"), mskText(8, "11:00"));
    m_site->book(m_user.token, conflicting);
    const Person other = m_site->person();
    const Reply conflict = api.post(u"/bookings"_s, conflicting, other.token);
    record("409 BOOKING_CONFLICT with alternative", "error", conflict, 409);
    record("POST /bookings/precheck, refused", "precheck",
           api.post(u"/bookings/precheck"_s, conflicting, other.token), 200);
    record("POST /bookings/precheck, ok", "precheck",
           api.post(u"/bookings/precheck"_s,
                    bookingBody(m_spots.at(1), mskText(8, "10:00"), mskText(8, "11:00")),
                    other.token),
           200);
    record("GET /admin/events", "outbox event", api.get(u"/admin/events"_s, m_admin.token), 200);
    record("404", "error", api.get(u"/spots/"_s + kUnknownId), 404);
    record("401", "error", api.get(u"/users/me"_s, u"not.a.token"_s), 401);
    const QJsonObject coworkingBody{ { keys::Name, u"Mine"_s },
                                     { keys::OpensAt, u"08:00"_s },
                                     { keys::ClosesAt, u"20:00"_s } };
    record("403", "error", api.post(u"/coworkings"_s, coworkingBody, m_user.token), 403);
    record("400", "error",
           api.raw("POST", u"/users"_s, "{not json", { { "Content-Type", "application/json" } }),
           400);
    record("405", "error", api.raw("PUT", u"/healthcheck"_s, {}, {}), 405);

    // What the decoders read must be what the test meant to send.
    QCOMPARE(conflict.errorCode(), QString(errc::BookingConflict));
    QVERIFY(!conflict.obj().value(keys::Spot).isNull());
}

void TestWireCodecs::recordLive()
{
    ApiHarness &api = *m_h;
    LiveTestClient plain;
    LiveTestClient staff;
    plain.open(api.port(), m_coworking, m_user.token);
    staff.open(api.port(), m_coworking, m_owner.token);
    QVERIFY(plain.waitForMessages(1, 5000));
    QVERIFY(staff.waitForMessages(1, 5000));

    // Created, rescheduled (with the times before), checked in, cancelled (with the reason)
    const QString id =
            m_site->book(m_user, m_spots.at(1), mskText(7, "13:00"), mskText(7, "14:00"));
    expectStatus(api.patch(u"/bookings/%1"_s.arg(id),
                           QJsonObject{ { keys::TimeFrom, mskText(7, "11:30") },
                                        { keys::TimeUntil, mskText(7, "12:30") } },
                           m_user.token),
                 200, "reschedule");
    m_h->clock().advanceSecs(25 * 60); // 11:35
    expectStatus(api.post(u"/bookings/%1/check-in"_s.arg(id), QJsonObject{}, m_user.token), 200,
                 "check in");
    expectStatus(api.del(u"/bookings/%1"_s.arg(id), m_owner.token), 204, "cancel");
    // A spot's status
    expectStatus(api.patch(u"/spots/%1"_s.arg(m_spots.at(2)),
                           QJsonObject{ { keys::Status, u"active"_s } }, m_owner.token),
                 200, "activate a spot");

    QVERIFY(plain.waitForMessages(6, 5000));
    QVERIFY(staff.waitForMessages(6, 5000));
    for (const QJsonObject &message : plain.messages())
        recordJson("live: " + message.value(keys::Type).toString().toUtf8(), "live"_ba, message);
    for (const QJsonObject &message : staff.messages()) {
        recordJson("live, staff: " + message.value(keys::Type).toString().toUtf8(),
                   "live, staff"_ba, message);
    }
    m_liveSeqs = {};
    for (const QJsonObject &message : plain.messages())
        m_liveSeqs.append(message.value(keys::Seq).toInteger());
}

void TestWireCodecs::answers_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QJsonValue>("body");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<qint64>("total");
    QHash<QByteArray, int> seen;
    for (const Answer &answer : std::as_const(m_answers)) {
        const int n = ++seen[answer.name];
        const QByteArray row = n == 1 ? answer.name : answer.name + " #" + QByteArray::number(n);
        QTest::newRow(row.constData()) << answer.kind << answer.body << answer.at << answer.total;
    }
}

void TestWireCodecs::answers()
{
    QFETCH(QByteArray, kind);
    QFETCH(QJsonValue, body);
    QFETCH(QDateTime, at);
    QFETCH(qint64, total);
    m_answeredAt = at;
    QVERIFY2(m_checks.contains(kind), kind.constData());
    const Check check = m_checks.value(kind);
    if (body.isArray()) {
        const QJsonArray items = body.toArray();
        QVERIFY2(!items.isEmpty(), "the list should hold something to check");
        for (qsizetype i = 0; i < items.size(); ++i) {
            QVERIFY(items.at(i).isObject());
            const QString problem = check(items.at(i).toObject());
            QVERIFY2(problem.isEmpty(), qPrintable(u"[%1] "_s.arg(i) + problem));
        }
        // A list answer is a page: the total of all matches comes in X-Total-Count.
        if (total >= 0)
            QVERIFY(total >= items.size());
    } else {
        QVERIFY(body.isObject());
        const QString problem = check(body.toObject());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestWireCodecs::liveSeqRises()
{
    QVERIFY(m_liveSeqs.size() >= 6);
    for (qsizetype i = 0; i < m_liveSeqs.size(); ++i)
        QCOMPARE(m_liveSeqs.at(i), i + 1);
}

void TestWireCodecs::everyKindChecked()
{
    // Every codec this test knows met at least one real answer.
    QSet<QByteArray> kinds;
    for (const Answer &answer : std::as_const(m_answers))
        kinds.insert(answer.kind);
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        QVERIFY2(kinds.contains(it.key()), it.key().constData());
}

QTEST_GUILESS_MAIN(TestWireCodecs)
#include "tst_wirecodecs.moc"
