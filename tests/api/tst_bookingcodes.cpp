// Booking codes over real HTTP (openapi.json, GET /coworkings/{id}/bookings/by-code/{code}): their
// alphabet and uniqueness over many bookings, who sees them, the look-up's tolerance of how a
// person types a code, its one 404 for every miss, and a second draw when a code collides.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include "access/accesspolicy.h"
#include "bookings/bookingcode.h"
#include "bookings/bookingoutcomes.h"
#include "bookings/bookingservice.h"
#include "database.h"
#include "sqlrepositories.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace coworking;
using namespace coworking::test;

namespace {

bool isCode(const QString &code)
{
    static const QRegularExpression shape(u"^[34679ACDEFGHJKMNPRTUVWXY]{8}$"_s);
    return shape.match(code).hasMatch();
}

QString codeOf(const Reply &reply)
{
    return reply.obj().value(u"code"_s).toString();
}

} // namespace

class TestBookingCodes : public QObject
{
    Q_OBJECT

private:
    Reply byCode(const QString &coworkingId, const QString &code, const QString &token)
    {
        return m_h->get(u"/coworkings/%1/bookings/by-code/%2"_s.arg(coworkingId, code), token);
    }
    void verifyNotFound(const Reply &reply)
    {
        QVERIFY2(reply.status == 404, reply.body.constData());
        QCOMPARE(reply.errorCode(), u"BOOKING_NOT_FOUND"_s);
        QVERIFY(hasErrorShape(reply));
    }

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_owner, m_manager, m_member, m_otherOwner, m_admin;
    QString m_coworking, m_otherCoworking;
    QStringList m_spots;
    QString m_otherSpot;
    QString m_booking, m_code; // the member's booking in m_coworking
    QString m_otherBooking, m_otherCode; // the member's booking in m_otherCoworking

private slots:
    void initTestCase()
    {
        m_h = std::make_unique<ApiHarness>();
        m_site = std::make_unique<SiteFixture>(*m_h);
        m_owner = m_site->person(true);
        m_otherOwner = m_site->person(true);
        m_manager = m_site->person();
        m_member = m_site->person();
        m_admin = m_site->person(false, true);
        const QJsonObject roomy{ { u"booking_policy"_s,
                                   QJsonObject{ { u"max_active_bookings_per_user"_s, 100 } } } };
        m_coworking = m_site->coworking(m_owner, roomy);
        m_otherCoworking = m_site->coworking(m_otherOwner, roomy);
        m_site->addManager(m_owner.token, m_coworking, m_manager.id);
        m_spots = m_site->spots(m_owner, m_coworking, 10);
        m_otherSpot = m_site->spots(m_otherOwner, m_otherCoworking, 1).first();

        const Reply mine = expectStatus(
                m_h->post(u"/bookings"_s,
                          bookingBody(m_spots.first(), mskText(9, "10:00"), mskText(9, "11:00")),
                          m_member.token),
                201, "the member's booking");
        m_booking = mine.obj().value(u"id"_s).toString();
        m_code = codeOf(mine);
        const Reply other = expectStatus(
                m_h->post(u"/bookings"_s,
                          bookingBody(m_otherSpot, mskText(9, "12:00"), mskText(9, "13:00")),
                          m_member.token),
                201, "the member's booking elsewhere");
        m_otherBooking = other.obj().value(u"id"_s).toString();
        m_otherCode = codeOf(other);
    }

    void cleanupTestCase()
    {
        m_site.reset();
        m_h.reset();
    }

    void everyBookingGetsADistinctCode()
    {
        // 10 people, each on a desk of his own for every hour of a day: 120 bookings.
        QSet<QString> codes{ m_code, m_otherCode };
        int made = 2;
        for (int person = 0; person < 10; ++person) {
            const Person booker = m_site->person();
            for (int hour = 8; hour < 20; ++hour) {
                const QString from =
                        mskText(10, QString::asprintf("%02d:00", hour).toLatin1().constData());
                const QString until =
                        mskText(10, QString::asprintf("%02d:00", hour + 1).toLatin1().constData());
                const Reply reply = m_h->post(
                        u"/bookings"_s, bookingBody(m_spots.at(person), from, until), booker.token);
                QVERIFY2(reply.status == 201, reply.body.constData());
                const QString code = codeOf(reply);
                QVERIFY2(isCode(code), qPrintable(code));
                codes.insert(code);
                ++made;
            }
        }
        QCOMPARE(codes.size(), made);
        // As stored: every row has its code, and none twice.
        const auto rows = m_h->sql(u"SELECT COUNT(*) AS n, COUNT(DISTINCT code) AS d, "
                                   "COUNT(code) AS c FROM bookings"_s);
        QCOMPARE(rows.first().value(u"n"_s).toInt(), made);
        QCOMPARE(rows.first().value(u"d"_s).toInt(), made);
        QCOMPARE(rows.first().value(u"c"_s).toInt(), made);
    }

    void codeIsShownToBookerAndStaffOnly()
    {
        // The booker: the booking and his list.
        QCOMPARE(codeOf(m_h->get(u"/bookings/"_s + m_booking, m_member.token)), m_code);
        const Reply mine = m_h->get(u"/users/me/bookings?count=100"_s, m_member.token);
        QStringList listed;
        for (const QJsonValue &b : mine.arr())
            listed.append(b.toObject().value(u"code"_s).toString());
        QVERIFY(listed.contains(m_code));
        QVERIFY(listed.contains(m_otherCode));
        // Staff and admins: the booking and the staff list.
        for (const Person *staff : { &m_owner, &m_manager, &m_admin }) {
            QCOMPARE(codeOf(m_h->get(u"/bookings/"_s + m_booking, staff->token)), m_code);
            const Reply list = m_h->get(
                    u"/bookings?count=1&coworking_id=%1&user_id=%2"_s.arg(m_coworking, m_member.id),
                    staff->token);
            QCOMPARE(list.arr().size(), 1);
            QCOMPARE(list.arr().at(0).toObject().value(u"code"_s).toString(), m_code);
        }
        // What any member sees of other people's bookings carries no code: the timeline, for
        // staff or not, and the outbox events admins can list.
        const QString window = u"time_from=2030-01-09T00:00:00Z&time_until=2030-01-10T00:00:00Z"_s;
        for (const QString &token : { QString(), m_otherOwner.token, m_owner.token }) {
            const Reply timeline =
                    m_h->get(u"/coworkings/%1/timeline?%2"_s.arg(m_coworking, window), token);
            QCOMPARE(timeline.status, 200);
            QVERIFY(timeline.body.contains(m_spots.first().toLatin1()));
            QVERIFY2(!timeline.body.contains(m_code.toLatin1()), timeline.body.constData());
        }
        QByteArray events;
        for (int page = 0;; ++page) {
            const Reply reply =
                    m_h->get(u"/admin/events?count=100&page=%1"_s.arg(page), m_admin.token);
            QCOMPARE(reply.status, 200);
            if (reply.arr().isEmpty())
                break;
            events += reply.body;
        }
        QVERIFY(events.contains(m_booking.toLatin1()));
        QVERIFY2(!events.contains(m_code.toLatin1()), "an event carries a booking code");
    }

    void lookupForgivesCaseSpacesAndDashes_data()
    {
        QTest::addColumn<QString>("typed");
        const QString c = m_code;
        QTest::newRow("as issued") << c;
        QTest::newRow("lower case") << c.toLower();
        QTest::newRow("grouped") << bookingcode::grouped(c);
        QTest::newRow("grouped, lower case") << bookingcode::grouped(c).toLower();
        QTest::newRow("spaces") << (c.left(4) + u"%20"_s + c.mid(4) + u"%20"_s);
        QTest::newRow("dashes everywhere")
                << (c.left(2) + u"-"_s + c.mid(2, 3) + u"--"_s + c.mid(5));
    }

    void lookupForgivesCaseSpacesAndDashes()
    {
        QFETCH(QString, typed);
        const Reply reply = byCode(m_coworking, typed, m_manager.token);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QJsonObject booking = reply.obj();
        QCOMPARE(booking.value(u"id"_s).toString(), m_booking);
        QCOMPARE(booking.value(u"code"_s).toString(), m_code);
        // As in the staff list: who booked and where, for the front desk to say so.
        QCOMPARE(booking.value(u"user"_s).toObject().value(u"id"_s).toString(), m_member.id);
        QCOMPARE(booking.value(u"spot"_s).toObject().value(u"id"_s).toString(), m_spots.first());
        QCOMPARE(booking.value(u"spot"_s).toObject().value(u"name"_s).toString(), u"Desk 1"_s);
    }

    void ownerAndAdminFindItToo()
    {
        for (const Person *staff : { &m_owner, &m_admin }) {
            const Reply reply = byCode(m_coworking, m_code, staff->token);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.obj().value(u"id"_s).toString(), m_booking);
        }
        // The admin in the other coworking as well; its owner only there.
        QCOMPARE(byCode(m_otherCoworking, m_otherCode, m_admin.token).obj().value(u"id"_s),
                 QJsonValue(m_otherBooking));
        QCOMPARE(byCode(m_otherCoworking, m_otherCode, m_otherOwner.token).status, 200);
    }

    void everyMissIsTheSame404()
    {
        // Staff of one coworking learn nothing of codes of another: the code of a booking
        // there, looked up here or there, reads like an unknown one.
        verifyNotFound(byCode(m_coworking, m_otherCode, m_manager.token));
        verifyNotFound(byCode(m_otherCoworking, m_otherCode, m_manager.token));
        verifyNotFound(byCode(m_otherCoworking, m_otherCode, m_owner.token));
        verifyNotFound(byCode(m_coworking, m_code, m_otherOwner.token));
        // Members, even the booker, do not look bookings up by code.
        verifyNotFound(byCode(m_coworking, m_code, m_member.token));
        // Unknown and malformed codes, and an unknown coworking.
        QString unknown = m_code;
        do {
            unknown = bookingcode::generate();
        } while (!m_h->sql(u"SELECT 1 FROM bookings WHERE code = ?"_s, { unknown }).isEmpty());
        verifyNotFound(byCode(m_coworking, unknown, m_owner.token));
        for (const QString &malformed : QStringList{ m_code.left(7), m_code + u"3"_s, u"K7MW3HX0"_s,
                                                     u"B00K1NG5"_s, u"%C3%A9%C3%A9"_s }) {
            verifyNotFound(byCode(m_coworking, malformed, m_owner.token));
        }
        verifyNotFound(byCode(kUnknownId, m_code, m_admin.token));
        // Without a token: the 401 of every protected route.
        const Reply anonymous = byCode(m_coworking, m_code, {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.headers.value("www-authenticate").left(6), QByteArray("Bearer"));
    }

    void collidingCodeIsDrawnAgain()
    {
        // The service over this database's own repositories, with codes scripted: the first
        // draw repeats the member's code, which the store refuses, so a second one is taken.
        SqlRepositories sql(m_h->database());
        AccessPolicy access(sql.coworkings);
        ManualClock clock(ApiHarness::startTime());
        BookingOutcomes outcomes;
        BookingService service(sql.bookings, sql.spots, sql.coworkings, sql.closures, sql.options,
                               sql.users, access, clock, outcomes);
        const QString fresh = u"XXXX3333"_s;
        QStringList draws{ m_code, fresh };
        service.setCodeSource([&draws] { return draws.takeFirst(); });

        BookingRequest request;
        request.spotId = m_spots.at(1);
        request.range = { utc(11, 6), utc(11, 7) };
        const Actor member{ m_member.id, false, false };
        const Booking made = service.create(member, request);
        QCOMPARE(made.code, fresh);
        QVERIFY(draws.isEmpty());
        QCOMPARE(byCode(m_coworking, fresh, m_owner.token).obj().value(u"id"_s),
                 QJsonValue(made.id));
        QCOMPARE(byCode(m_coworking, m_code, m_owner.token).obj().value(u"id"_s),
                 QJsonValue(m_booking));

        // A source that only repeats a taken code gives up after a few draws, writing nothing.
        int drawn = 0;
        service.setCodeSource([&drawn, this] {
            ++drawn;
            return m_code;
        });
        request.range = { utc(11, 8), utc(11, 9) };
        const auto before = m_h->sql(u"SELECT COUNT(*) AS n FROM bookings"_s);
        try {
            service.create(member, request);
            QFAIL("a booking was made with a taken code");
        } catch (const AppError &error) {
            QCOMPARE(error.kind(), ErrorKind::Internal);
        }
        QCOMPARE(drawn, 5);
        QCOMPARE(m_h->sql(u"SELECT COUNT(*) AS n FROM bookings"_s).first().value(u"n"_s),
                 before.first().value(u"n"_s));
    }
};

QTEST_GUILESS_MAIN(TestBookingCodes)
#include "tst_bookingcodes.moc"
