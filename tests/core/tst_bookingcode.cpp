// Booking codes (core/bookings/bookingcode.h): what is drawn, and how what a person typed is read.
#include "bookings/bookingcode.h"

#include <QSet>
#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

class TestBookingCode final : public QObject
{
    Q_OBJECT
private slots:
    void alphabetHasNoLookAlikes()
    {
        QCOMPARE(bookingcode::Alphabet.size(), 24);
        for (const QChar c : u"0OQ1IL5S2Z8B"_s)
            QVERIFY2(!bookingcode::Alphabet.contains(c), qPrintable(QString(c)));
        QSet<QChar> distinct;
        for (const QChar c : QString(bookingcode::Alphabet)) {
            QVERIFY(c.isDigit() || c.isUpper());
            distinct.insert(c);
        }
        QCOMPARE(distinct.size(), bookingcode::Alphabet.size());
    }

    void drawsSpreadOverTheAlphabet()
    {
        // 3,000 codes: 24,000 characters, about 1,000 of each; a draw that left out a symbol,
        // or favoured one, would be far outside these bounds.
        QHash<QChar, int> seen;
        QSet<QString> codes;
        for (int i = 0; i < 3000; ++i) {
            const QString code = bookingcode::generate();
            QVERIFY2(bookingcode::isWellFormed(code), qPrintable(code));
            codes.insert(code);
            for (const QChar c : code)
                ++seen[c];
        }
        QCOMPARE(codes.size(), 3000);
        QCOMPARE(seen.size(), bookingcode::Alphabet.size());
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() > 800 && it.value() < 1200, qPrintable(QString(it.key())));
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code"); // empty: not a code
        QTest::newRow("as issued") << u"K7MW3HXP"_s << u"K7MW3HXP"_s;
        QTest::newRow("lower case") << u"k7mw3hxp"_s << u"K7MW3HXP"_s;
        QTest::newRow("grouped") << u"K7MW-3HXP"_s << u"K7MW3HXP"_s;
        QTest::newRow("spaces and dashes") << u" k7 mw - 3h xp\t"_s << u"K7MW3HXP"_s;
        QTest::newRow("too short") << u"K7MW3HX"_s << QString();
        QTest::newRow("too long") << u"K7MW3HXPA"_s << QString();
        QTest::newRow("a zero") << u"K7MW3HX0"_s << QString();
        QTest::newRow("an O") << u"K7MW3HXO"_s << QString();
        QTest::newRow("other punctuation") << u"K7MW_3HXP"_s << QString();
        QTest::newRow("non-ASCII") << u"K7MW3HXÄ"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QCOMPARE(bookingcode::normalize(typed).value_or(QString()), code);
    }

    void groupedReadsBack()
    {
        const QString code = bookingcode::generate();
        const QString shown = bookingcode::grouped(code);
        QCOMPARE(shown.size(), 9);
        QCOMPARE(shown.at(4), u'-');
        QCOMPARE(bookingcode::normalize(shown), code);
    }
};

QTEST_GUILESS_MAIN(TestBookingCode)
#include "tst_bookingcode.moc"
