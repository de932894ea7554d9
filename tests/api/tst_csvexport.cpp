// GET /bookings with Accept: text/csv over real HTTP, on SQLite and PostgreSQL: the same filtered
// list as RFC 4180 CSV, read back by a real CSV parser (Python's csv module), with names that
// carry commas, quotes, line breaks and spreadsheet formulas; the row limit; who may export.

#include "apiharness.h"
#include "database.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// Names a spreadsheet must show as typed, never run.
const QStringList kNastyNames{ u"Ivanova, Anna"_s,
                               u"Bob \"The Builder\" Smith"_s,
                               u"Line one\nline two"_s,
                               u"=cmd|' /C calc'!A0"_s,
                               u"+SUM(1,2)"_s,
                               u"-2+3"_s,
                               u"@evil"_s,
                               u"Tab\there"_s,
                               u"Пётр Кузнецов"_s };

bool startsWithFormula(const QString &cell)
{
    return !cell.isEmpty()
            && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-'
                || cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r');
}

// The records of `csv` as Python's csv module reads them (UTF-8 with a byte-order mark, RFC 4180
// dialect, strict), or an empty list with the reason in `error`.
QList<QStringList> parseCsv(const QByteArray &csv, QString *error)
{
    QProcess python;
    python.start(u"python3"_s,
                 { u"-c"_s,
                   u"import csv, io, json, sys\n"
                   "text = sys.stdin.buffer.read().decode('utf-8-sig')\n"
                   "rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))\n"
                   "json.dump(rows, sys.stdout)\n"_s });
    if (!python.waitForStarted(10000)) {
        *error = u"python3 did not start: "_s + python.errorString();
        return {};
    }
    python.write(csv);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = u"the CSV did not parse: "_s + QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

} // namespace

class tst_CsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundTripsThroughAParser();
    void filtersAsTheJsonList();
    void whoMayExport();
    void rowLimit();

private:
    Reply csv(const QString &query, const QString &token);

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_owner;
    QString m_hub;
    QStringList m_desks;
    QStringList m_bookings; // one per nasty name, in kNastyNames' order
};

Reply tst_CsvExport::csv(const QString &query, const QString &token)
{
    Headers headers{ { "Accept", "text/csv" } };
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toUtf8() });
    return m_h->raw("GET", u"/bookings?"_s + query, {}, headers);
}

void tst_CsvExport::initTestCase()
{
    m_h = std::make_unique<ApiHarness>();
    m_site = std::make_unique<SiteFixture>(*m_h);
    m_owner = m_site->person(true);
    m_hub = m_site->coworking(m_owner, QJsonObject{ { u"name"_s, u"=Loft, \"North\""_s } });
    m_desks = m_site->spots(m_owner.token, m_hub,
                            QJsonArray{ QJsonObject{ { u"name"_s, u"@Desk\r\n1"_s } },
                                        QJsonObject{ { u"name"_s, u"Desk 2"_s } } });
    // One booking per name, an hour each on Tuesday 8 January, Moscow time.
    for (int i = 0; i < kNastyNames.size(); ++i) {
        Person member = m_site->person();
        expectStatus(m_h->patch(u"/users/me"_s,
                                QJsonObject{ { u"full_name"_s, kNastyNames.at(i) } }, member.token),
                     200, "naming a member");
        const QString from = u"2030-01-08T%1:00:00+03:00"_s.arg(8 + i, 2, 10, QChar(u'0'));
        const QString until = u"2030-01-08T%1:00:00+03:00"_s.arg(9 + i, 2, 10, QChar(u'0'));
        m_bookings.append(m_site->book(member, m_desks.at(i % 2), from, until));
    }
}

void tst_CsvExport::cleanupTestCase()
{
    m_site.reset();
    m_h.reset();
}

void tst_CsvExport::roundTripsThroughAParser()
{
    const Reply reply = csv(u"coworking_id="_s + m_hub, m_owner.token);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(reply.headers.value("content-type").startsWith("text/csv"));
    QVERIFY2(reply.headers.value("content-disposition")
                     .startsWith("attachment; filename=\"bookings-"),
             reply.headers.value("content-disposition").constData());
    QVERIFY(reply.headers.value("content-disposition").endsWith(".csv\""));
    QCOMPARE(reply.headers.value("x-total-count"), QByteArray::number(kNastyNames.size()));
    QVERIFY(reply.body.startsWith("\xEF\xBB\xBF"
                                  "id,code,coworking_id,coworking,spot_id,spot,"));
    // Records end with CRLF (the five rows of desk 1 hold one more inside its quoted name); a
    // bare LF appears only inside a quoted cell.
    QVERIFY(reply.body.endsWith("\r\n"));
    QCOMPARE(reply.body.count("\r\n"), qsizetype(1 + kNastyNames.size() + 5));

    QString error;
    const QList<QStringList> rows = parseCsv(reply.body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 1 + kNastyNames.size());
    const QStringList header = rows.at(0);
    QCOMPARE(header,
             QStringList({ u"id"_s, u"code"_s, u"coworking_id"_s, u"coworking"_s, u"spot_id"_s,
                           u"spot"_s, u"user_id"_s, u"user"_s, u"email"_s, u"status"_s,
                           u"time_from"_s, u"time_until"_s, u"timezone"_s, u"created_at"_s,
                           u"checked_in_at"_s, u"cancelled_at"_s, u"cancel_reason"_s,
                           u"options"_s }));
    const auto column = [&header](const char *name) {
        return header.indexOf(QString::fromLatin1(name));
    };

    // Latest start first, as the JSON list: the last name's booking leads.
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QCOMPARE(row.size(), header.size());
        for (const QString &cell : row)
            QVERIFY2(!startsWithFormula(cell), qPrintable(cell));
        const int i = int(kNastyNames.size()) - r;
        QCOMPARE(row.at(column("id")), m_bookings.at(i));
        const QString name = kNastyNames.at(i);
        QCOMPARE(row.at(column("user")), startsWithFormula(name) ? u'\'' + name : name);
        QCOMPARE(row.at(column("coworking")), u"'=Loft, \"North\""_s);
        QCOMPARE(row.at(column("spot")), i % 2 ? u"Desk 2"_s : u"'@Desk\r\n1"_s);
        QCOMPARE(row.at(column("status")), u"active"_s);
        QCOMPARE(row.at(column("timezone")), u"Europe/Moscow"_s);
        // The coworking's clock, with its offset.
        QCOMPARE(row.at(column("time_from")),
                 u"2030-01-08T%1:00:00+03:00"_s.arg(8 + i, 2, 10, QChar(u'0')));
        QCOMPARE(row.at(column("time_until")),
                 u"2030-01-08T%1:00:00+03:00"_s.arg(9 + i, 2, 10, QChar(u'0')));
        QCOMPARE(row.at(column("created_at")), u"2030-01-07T09:00:00+03:00"_s);
        QCOMPARE(row.at(column("cancelled_at")), QString());
        QCOMPARE(row.at(column("cancel_reason")), QString());
        static const QRegularExpression code(u"^[34679ACDEFGHJKMNPRTUVWXY]{8}$"_s);
        QVERIFY2(code.match(row.at(column("code"))).hasMatch(), qPrintable(row.at(column("code"))));
    }
}

void tst_CsvExport::filtersAsTheJsonList()
{
    // Cancel two, then export only the cancelled ones, as the JSON list filters them.
    // The front desk's words go out as they were given, quoted where CSV needs it.
    for (const QString &id : { m_bookings.at(1), m_bookings.at(4) })
        expectStatus(
                m_h->del(u"/bookings/"_s + id + u"?reason=Leak%2C%20desk%20wet"_s, m_owner.token),
                204, "cancel");
    const QString query =
            u"coworking_id=%1&status=cancelled&spot_id=%2"_s.arg(m_hub, m_desks.at(1));
    const Reply json = m_h->get(u"/bookings?count=100&"_s + query, m_owner.token);
    QCOMPARE(json.status, 200);
    const Reply reply = csv(query + u"&count=1&page=7"_s, m_owner.token); // paging is ignored
    QCOMPARE(reply.status, 200);
    QString error;
    const QList<QStringList> rows = parseCsv(reply.body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList ids;
    for (int r = 1; r < rows.size(); ++r) {
        ids.append(rows.at(r).at(0));
        QCOMPARE(rows.at(r).at(9), u"cancelled"_s);
        QVERIFY(rows.at(r).at(15).startsWith(u"2030-01-07T09:00:00"_s));
        QCOMPARE(rows.at(r).at(16), u"Leak, desk wet"_s);
    }
    QCOMPARE(ids, valuesOf(json.arr()));
    QCOMPARE(ids, QStringList({ m_bookings.at(1) })); // booking 4 is on desk 1

    // Nothing matches: just the header.
    const Reply none =
            csv(u"coworking_id=%1&time_from=2031-01-01T00:00:00Z"_s.arg(m_hub), m_owner.token);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.body.count("\r\n"), qsizetype(1));
    // A bad filter is the JSON error it always was.
    const Reply bad = csv(u"status=pending"_s, m_owner.token);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorCode(), u"VALIDATION_ERROR"_s);
}

void tst_CsvExport::whoMayExport()
{
    const Person member = m_site->person();
    const Person otherOwner = m_site->person(true);
    m_site->coworking(otherOwner);
    QCOMPARE(csv(u"coworking_id="_s + m_hub, QString()).status, 401);
    QCOMPARE(csv(u"coworking_id="_s + m_hub, member.token).status, 403);
    QCOMPARE(csv(u"coworking_id="_s + m_hub, otherOwner.token).status, 403);
    // Without a coworking, an owner exports his own coworkings' bookings only.
    const Reply mine = csv(QString(), otherOwner.token);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.body.count("\r\n"), qsizetype(1));
}

// 100,000 rows at most: one more is a 422 that says how many matched, before any is read.
void tst_CsvExport::rowLimit()
{
    const QString hub = m_site->coworking(m_owner);
    const QString desk = m_site->spots(m_owner, hub, 1).at(0);
    Database &db = m_h->database();
    // Cancelled rows (the exclusion constraint guards active ones only), written in one statement.
    const QString insert = ApiHarness::isPostgres()
            ? u"INSERT INTO bookings (id, user_id, spot_id, coworking_id, time_from, time_until, "
              "status, created_at, cancelled_at, cancel_reason) "
              "SELECT gen_random_uuid(), ?, ?, ?, ?, ?, 'cancelled', ?, ?, 'user' "
              "FROM generate_series(1, 100001)"_s
            : u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100001) "
              "INSERT INTO bookings (id, user_id, spot_id, coworking_id, time_from, time_until, "
              "status, created_at, cancelled_at, cancel_reason) "
              "SELECT printf('00000000-0000-4000-9000-%012d', i), ?, ?, ?, ?, ?, 'cancelled', ?, "
              "?, 'user' FROM n"_s;
    const QDateTime from = utc(20, 9);
    db.execute(insert,
               { m_owner.id, desk, hub, db.timestamp(from), db.timestamp(from.addSecs(3600)),
                 db.timestamp(utc(7, 6)), db.timestamp(utc(7, 6)) });

    const Reply tooMany = csv(u"coworking_id="_s + hub, m_owner.token);
    QCOMPARE(tooMany.status, 422);
    QCOMPARE(tooMany.errorCode(), u"EXPORT_TOO_LARGE"_s);
    QVERIFY(hasErrorShape(tooMany));
    const QJsonObject details =
            tooMany.obj().value(u"error"_s).toObject().value(u"details"_s).toObject();
    QCOMPARE(details.value(u"limit"_s).toInt(), 100000);
    QCOMPARE(details.value(u"count"_s).toInt(), 100001);

    // One fewer fits, every row of it.
    db.execute(u"DELETE FROM bookings WHERE id IN (SELECT id FROM bookings WHERE coworking_id = ? "
               "LIMIT 1)"_s,
               { hub });
    const Reply all = csv(u"coworking_id="_s + hub, m_owner.token);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.headers.value("x-total-count"), QByteArray("100000"));
    QCOMPARE(all.body.count("\r\n"), qsizetype(100001));
}

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
