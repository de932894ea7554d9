#include "sqlstatsrepository.h"

#include "database.h"
#include "events/outboxevent.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// The pieces as the statement reads them: the weekday; the earliest start of a booking that can
// reach into the piece, the piece's start and its end as timestamps for the index (ISO text in
// UTC, as SQLite stores them and PostgreSQL reads them); start, end and hour zero in epoch
// seconds for the arithmetic.
QString piecesJson(const Database &db, const QList<OpenPiece> &pieces)
{
    QJsonArray array;
    for (const OpenPiece &p : pieces) {
        const QDateTime earliest = p.range.from.addSecs(-StatsRepository::kLongestBookingSecs);
        array.append(QJsonObject{ { u"w"_s, p.weekday },
                                  { u"lo"_s, db.timestamp(earliest).toString() },
                                  { u"f"_s, db.timestamp(p.range.from).toString() },
                                  { u"u"_s, db.timestamp(p.range.until).toString() },
                                  { u"fs"_s, p.range.from.toSecsSinceEpoch() },
                                  { u"us"_s, p.range.until.toSecsSinceEpoch() },
                                  { u"hz"_s, p.hourZero.toSecsSinceEpoch() } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The dialect's spelling of what the statements need; all of it fixed text chosen by code.
struct Spelling
{
    QString pieces; // a table p(w, lo, f, u, fs, us, hz) from the JSON parameter
    QString greatest;
    QString least;
    QString (*epoch)(const QString &column); // whole seconds since 1970, rounded down
};

QString pgEpoch(const QString &column)
{
    return u"CAST(FLOOR(EXTRACT(EPOCH FROM %1)) AS BIGINT)"_s.arg(column);
}

QString sqliteEpoch(const QString &column)
{
    return u"CAST(strftime('%s', %1) AS INTEGER)"_s.arg(column);
}

Spelling spellingOf(const Database &db)
{
    if (db.isPostgres()) {
        return { u"SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb)) AS x(w int, "
                 "lo timestamptz, f timestamptz, u timestamptz, fs bigint, us bigint, hz bigint)"_s,
                 u"GREATEST"_s, u"LEAST"_s, pgEpoch };
    }
    // Timestamps are stored as ISO text in UTC, which compares like time.
    return { u"SELECT json_extract(value, '$.w') AS w, json_extract(value, '$.lo') AS lo, "
             "json_extract(value, '$.f') AS f, json_extract(value, '$.u') AS u, "
             "json_extract(value, '$.fs') AS fs, json_extract(value, '$.us') AS us, "
             "json_extract(value, '$.hz') AS hz FROM json_each(?)"_s,
             u"MAX"_s, u"MIN"_s, sqliteEpoch };
}

QString bookedTimeSql(const Spelling &d)
{
    // A cancelled booking counts only when it had been checked in, until it was cancelled.
    const QString until = u"CASE WHEN b.status = 'cancelled' THEN %1(b.time_until, b.cancelled_at) "
                          "ELSE b.time_until END"_s.arg(d.least);
    // MATERIALIZED: the pieces are decoded from JSON once, not once per booking row. The CROSS
    // JOIN keeps them the outer loop in SQLite; each piece then reads its bookings by the
    // (coworking_id, time_from) index between its earliest possible start and its end. a and e
    // are the booked seconds' bounds from the piece's hour zero, so each booking meets only the
    // local hours it spans (h from a / 3600 to (e - 1) / 3600), in integer arithmetic: summing
    // 24 expressions per booking instead was five times slower on PostgreSQL.
    // x is MATERIALIZED too: inlined, its a and e were computed again for every hour tried.
    return u"WITH RECURSIVE p AS MATERIALIZED (%1), "
           "x AS MATERIALIZED (SELECT b.spot_id AS spot_id, p.w AS w, "
           "CAST(%3(%4, p.fs) - p.hz AS INTEGER) AS a, CAST(%2(%5, p.us) - p.hz AS INTEGER) AS e "
           "FROM p CROSS JOIN bookings b "
           "WHERE b.coworking_id = ? AND b.time_from >= p.lo AND b.time_from < p.u "
           "AND b.time_until > p.f AND (b.status <> 'cancelled' OR b.checked_in_at IS NOT NULL)), "
           "hours(h) AS (SELECT 0 UNION ALL SELECT h + 1 FROM hours WHERE h < 23) "
           "SELECT x.spot_id, x.w, hours.h, SUM(%2(x.e, hours.h * 3600 + 3600) "
           "- %3(x.a, hours.h * 3600)) FROM x CROSS JOIN hours WHERE x.e > x.a "
           "AND hours.h >= x.a / 3600 AND hours.h <= (x.e - 1) / 3600 "
           "GROUP BY x.spot_id, x.w, hours.h"_s.arg(d.pieces, d.least, d.greatest,
                                                    d.epoch(u"b.time_from"_s), d.epoch(until));
}

} // namespace

QList<BookedTime> SqlStatsRepository::bookedTime(const QString &coworkingId,
                                                 const QList<OpenPiece> &pieces)
{
    QList<BookedTime> rows;
    if (pieces.isEmpty())
        return rows;
    const Spelling d = spellingOf(m_db);
    // One row per spot, weekday and hour with booked time, gathered per spot and weekday.
    QHash<QString, qsizetype> rowOf; // spot id + weekday
    m_db.forEachRow(bookedTimeSql(d), { piecesJson(m_db, pieces), coworkingId },
                    [&rows, &rowOf](const Row &row) {
                        const QString spotId = row.text(0);
                        const int weekday = row.integer(1);
                        const int hour = row.integer(2);
                        if (hour < 0 || hour > 23)
                            return;
                        const QString key = spotId + QString::number(weekday);
                        auto it = rowOf.constFind(key);
                        if (it == rowOf.constEnd()) {
                            it = rowOf.insert(key, rows.size());
                            rows.append(BookedTime{ spotId, weekday, {} });
                        }
                        rows[*it].secondsByHour[hour] += row.bigInteger(3);
                    });
    return rows;
}

QList<BookingCounts> SqlStatsRepository::bookingCounts(const QString &coworkingId,
                                                       const TimeRange &range, bool checkinRequired,
                                                       const QDateTime &now)
{
    QList<BookingCounts> rows;
    m_db.forEachRow(
            u"SELECT spot_id, COUNT(*), "
            "SUM(CASE WHEN status = 'cancelled' AND (cancel_reason IS NULL OR cancel_reason <> ?) "
            "THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN status = 'cancelled' AND cancel_reason = ? THEN 1 "
            "WHEN ? = 1 AND status <> 'cancelled' AND checked_in_at IS NULL AND time_until <= ? "
            "THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN checked_in_at IS NOT NULL THEN 1 ELSE 0 END) "
            "FROM bookings WHERE coworking_id = ? AND time_from >= ? AND time_from < ? "
            "GROUP BY spot_id"_s,
            { CancelReasons::NoShow, CancelReasons::NoShow, checkinRequired ? 1 : 0,
              m_db.timestamp(now), coworkingId, m_db.timestamp(range.from),
              m_db.timestamp(range.until) },
            [&rows](const Row &row) {
                rows.append(BookingCounts{ row.text(0), row.integer(1), row.integer(2),
                                           row.integer(3), row.integer(4) });
            });
    return rows;
}

} // namespace coworking
