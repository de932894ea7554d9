// The notification catalogue: languages, the booking line in the coworking's time zone, and the
// reason a cancellation gives.
#include "notifications/notificationtexts.h"

#include <QTest>
#include <QTimeZone>

using namespace coworking;
using namespace Qt::StringLiterals;

class TestNotificationTexts final : public QObject
{
    Q_OBJECT

private:
    static BookingFacts facts(const QString &language, const QString &reason = {})
    {
        BookingFacts f;
        f.language = language;
        f.spotName = u"Desk A-12"_s;
        f.coworkingName = u"Loft on Tverskaya"_s;
        f.timeZone = u"Europe/Moscow"_s;
        f.from = QDateTime(QDate(2030, 1, 10), QTime(6, 0), QTimeZone::utc());
        f.until = QDateTime(QDate(2030, 1, 10), QTime(8, 0), QTimeZone::utc());
        f.cancelReason = reason;
        return f;
    }

private slots:
    void languages()
    {
        QCOMPARE(NotificationTexts::language(u"ru"_s), u"ru"_s);
        QCOMPARE(NotificationTexts::language(u"RU"_s), u"ru"_s);
        QCOMPARE(NotificationTexts::language(u"en"_s), u"en"_s);
        QCOMPARE(NotificationTexts::language(u"de"_s), u"en"_s);
        QCOMPARE(NotificationTexts::language(QString()), u"en"_s);
    }

    void bookingLineInTheCoworkingsZone()
    {
        QCOMPARE(NotificationTexts::bookingLine(facts(u"en"_s)),
                 u"Desk A-12, Loft on Tverskaya, 10 Jan 09:00\u201311:00"_s);
        QCOMPARE(NotificationTexts::bookingLine(facts(u"ru"_s)),
                 u"Desk A-12, Loft on Tverskaya, 10 янв 09:00\u201311:00"_s);
        BookingFacts overnight = facts(u"en"_s);
        overnight.until = QDateTime(QDate(2030, 1, 10), QTime(22, 30), QTimeZone::utc());
        QCOMPARE(NotificationTexts::bookingLine(overnight),
                 u"Desk A-12, Loft on Tverskaya, 10 Jan 09:00 \u2013 11 Jan 01:30"_s);
        BookingFacts fixedOffset = facts(u"en"_s);
        fixedOffset.timeZone = u"UTC+05:00"_s;
        QCOMPARE(NotificationTexts::bookingLine(fixedOffset),
                 u"Desk A-12, Loft on Tverskaya, 10 Jan 11:00\u201313:00"_s);
        // A deleted spot and coworking, an unknown zone: still a sentence, in UTC.
        BookingFacts gone = facts(u"en"_s);
        gone.spotName.clear();
        gone.coworkingName.clear();
        gone.timeZone = u"Nowhere/Atlantis"_s;
        QCOMPARE(NotificationTexts::bookingLine(gone), u"Spot, 10 Jan 06:00\u201308:00"_s);
    }

    void titlesPerType_data()
    {
        QTest::addColumn<NotificationType>("type");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ru");
        QTest::newRow("created") << NotificationType::BookingCreated << u"Booking confirmed"_s
                                 << u"Бронирование подтверждено"_s;
        QTest::newRow("rescheduled") << NotificationType::BookingRescheduled
                                     << u"Booking rescheduled"_s << u"Бронирование перенесено"_s;
        QTest::newRow("cancelled") << NotificationType::BookingCancelled << u"Booking cancelled"_s
                                   << u"Бронирование отменено"_s;
        QTest::newRow("released") << NotificationType::BookingReleased << u"Booking released"_s
                                  << u"Бронирование снято"_s;
        QTest::newRow("expired") << NotificationType::BookingExpired << u"Booking ended"_s
                                 << u"Бронирование завершено"_s;
        QTest::newRow("reminder") << NotificationType::BookingReminder
                                  << u"Your booking starts soon"_s
                                  << u"Скоро начало бронирования"_s;
    }

    void titlesPerType()
    {
        QFETCH(NotificationType, type);
        QFETCH(QString, en);
        QFETCH(QString, ru);
        const NotificationText english = NotificationTexts::booking(type, facts(u"en"_s));
        QCOMPARE(english.title, en);
        QVERIFY2(english.body.contains(u"10 Jan 09:00"_s), qPrintable(english.body));
        const NotificationText russian = NotificationTexts::booking(type, facts(u"ru"_s));
        QCOMPARE(russian.title, ru);
        QVERIFY2(russian.body.contains(u"10 янв 09:00"_s), qPrintable(russian.body));
    }

    void cancellationsGiveTheirReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("ru");
        QTest::newRow("user") << u"user"_s << u"You cancelled it."_s
                              << u"Вы отменили бронирование."_s;
        QTest::newRow("staff") << u"staff"_s << u"cancelled by the coworking's staff"_s
                               << u"отменила администрация"_s;
        QTest::newRow("ban") << u"ban"_s << u"your account was blocked"_s
                             << u"аккаунт заблокирован"_s;
        QTest::newRow("spot_deleted")
                << u"spot_deleted"_s << u"the spot was removed"_s << u"место удалено"_s;
        QTest::newRow("coworking_deleted")
                << u"coworking_deleted"_s << u"the coworking was removed"_s
                << u"коворкинг удалён"_s;
        QTest::newRow("closure") << u"closure"_s << u"the coworking is closed"_s
                                 << u"коворкинг закрыт"_s;
    }

    void cancellationsGiveTheirReason()
    {
        QFETCH(QString, reason);
        QFETCH(QString, en);
        QFETCH(QString, ru);
        const QString english = NotificationTexts::booking(NotificationType::BookingCancelled,
                                                           facts(u"en"_s, reason))
                                        .body;
        QVERIFY2(english.contains(en), qPrintable(english));
        QVERIFY(english.startsWith(u"Desk A-12, Loft on Tverskaya, 10 Jan 09:00\u201311:00. "_s));
        const QString russian = NotificationTexts::booking(NotificationType::BookingCancelled,
                                                           facts(u"ru"_s, reason))
                                        .body;
        QVERIFY2(russian.contains(ru), qPrintable(russian));
    }

    void noShowReleaseSaysWhy()
    {
        const QString body =
                NotificationTexts::booking(NotificationType::BookingReleased, facts(u"en"_s)).body;
        QVERIFY2(body.endsWith(u"Nobody checked in in time, so the spot was released."_s),
                 qPrintable(body));
    }
};

QTEST_GUILESS_MAIN(TestNotificationTexts)
#include "tst_notificationtexts.moc"
