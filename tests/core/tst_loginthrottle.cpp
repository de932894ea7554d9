#include "auth/loginthrottle.h"
#include "common/clock.h"

#include <QTest>
#include <QTimeZone>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

QDateTime start()
{
    return QDateTime(QDate(2030, 1, 7), QTime(6, 0), QTimeZone::utc());
}

const QString kEmail = u"alice@example.com"_s;
const QString kAddress = u"192.0.2.1"_s;

} // namespace

class TestLoginThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void allowsUntilTheLimit();
    void retryAfterCountsDownToTheOldestFailure();
    void windowSlides();
    void successClearsTheAccount();
    void accountIsCaseInsensitive();
    void otherAccountsAreNotAffected();
    void perAddressLimit();
    void successDoesNotClearTheAddress();
    void manyDistinctAccountsStayBounded();
};

void TestLoginThrottle::allowsUntilTheLimit()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 20);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(throttle.retryAfter(kEmail, kAddress), 0);
        throttle.recordFailure(kEmail, kAddress);
        clock.advanceSecs(10);
    }
    const int wait = throttle.retryAfter(kEmail, kAddress);
    // The first failure was 50 s ago: it leaves the 15-minute window in 850 s.
    QCOMPARE(wait, 15 * 60 - 50);
}

void TestLoginThrottle::retryAfterCountsDownToTheOldestFailure()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 20);
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(kEmail, kAddress);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 15 * 60);
    clock.advanceSecs(15 * 60 - 1);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 1);
    clock.advanceSecs(1);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 0);

    // A partial second rounds up, never down to a wait that would still be refused.
    ManualClock clock2(start());
    MemoryLoginThrottle throttle2(clock2, 1, 20);
    throttle2.recordFailure(kEmail, kAddress);
    clock2.set(start().addMSecs(500));
    QCOMPARE(throttle2.retryAfter(kEmail, kAddress), 15 * 60);
}

void TestLoginThrottle::windowSlides()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 20);
    // Two failures early, three 10 minutes later: five in the window.
    throttle.recordFailure(kEmail, kAddress);
    throttle.recordFailure(kEmail, kAddress);
    clock.advanceSecs(10 * 60);
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(kEmail, kAddress);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 5 * 60);

    // After the early two leave the window, one more attempt is allowed, then refused again
    // until the next oldest failure leaves.
    clock.advanceSecs(5 * 60);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 0);
    throttle.recordFailure(kEmail, kAddress);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 0); // four in the window
    throttle.recordFailure(kEmail, kAddress);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 10 * 60);
}

void TestLoginThrottle::successClearsTheAccount()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 20);
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(kEmail, kAddress);
    throttle.recordSuccess(kEmail);
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(kEmail, kAddress);
    QCOMPARE(throttle.retryAfter(kEmail, kAddress), 0);
    throttle.recordFailure(kEmail, kAddress);
    QVERIFY(throttle.retryAfter(kEmail, kAddress) > 0);
}

void TestLoginThrottle::accountIsCaseInsensitive()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 3, 100);
    throttle.recordFailure(u"Alice@Example.com"_s, u"192.0.2.1"_s);
    throttle.recordFailure(u"ALICE@EXAMPLE.COM"_s, u"192.0.2.2"_s);
    throttle.recordFailure(u" alice@example.com "_s, u"192.0.2.3"_s);
    QVERIFY(throttle.retryAfter(kEmail, u"192.0.2.4"_s) > 0);
    throttle.recordSuccess(u"ALICE@example.COM"_s);
    QCOMPARE(throttle.retryAfter(kEmail, u"192.0.2.4"_s), 0);
}

void TestLoginThrottle::otherAccountsAreNotAffected()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 20);
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(kEmail, kAddress);
    QVERIFY(throttle.retryAfter(kEmail, u"198.51.100.7"_s) > 0); // the account, from anywhere
    QCOMPARE(throttle.retryAfter(u"bob@example.com"_s, kAddress), 0);
}

void TestLoginThrottle::perAddressLimit()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 20);
    // One address guessing a different account each time.
    for (int i = 0; i < 20; ++i) {
        const QString email = u"user%1@example.com"_s.arg(i);
        QCOMPARE(throttle.retryAfter(email, kAddress), 0);
        throttle.recordFailure(email, kAddress);
        clock.advanceSecs(1);
    }
    const int wait = throttle.retryAfter(u"fresh@example.com"_s, kAddress);
    QCOMPARE(wait, 15 * 60 - 20);
    // Another address is not affected.
    QCOMPARE(throttle.retryAfter(u"fresh@example.com"_s, u"198.51.100.7"_s), 0);
    clock.advanceSecs(wait);
    QCOMPARE(throttle.retryAfter(u"fresh@example.com"_s, kAddress), 0);
}

void TestLoginThrottle::successDoesNotClearTheAddress()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 3);
    throttle.recordFailure(u"a@example.com"_s, kAddress);
    throttle.recordFailure(u"b@example.com"_s, kAddress);
    throttle.recordFailure(u"c@example.com"_s, kAddress);
    throttle.recordSuccess(u"c@example.com"_s);
    QVERIFY(throttle.retryAfter(u"c@example.com"_s, kAddress) > 0);
}

void TestLoginThrottle::manyDistinctAccountsStayBounded()
{
    ManualClock clock(start());
    MemoryLoginThrottle throttle(clock, 5, 1'000'000);
    // More distinct accounts than the throttle tracks: it keeps working and keeps blocking
    // the most recent offender.
    const int n = int(MemoryLoginThrottle::kMaxTrackedKeys) + 10;
    for (int i = 0; i < n; ++i)
        throttle.recordFailure(u"spray%1@example.com"_s.arg(i),
                               u"10.%1.%2"_s.arg(i / 256).arg(i % 256));
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(kEmail, kAddress);
    QVERIFY(throttle.retryAfter(kEmail, kAddress) > 0);
    QCOMPARE(throttle.retryAfter(u"nobody@example.com"_s, u"203.0.113.1"_s), 0);
}

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
