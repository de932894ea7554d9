#include "openpieces.h"

#include "coworkings/openinghours.h"

#include <QTimeZone>

#include <algorithm>

namespace coworking {

qint64 OpenPiece::secondsInHour(const TimeRange &r, int hour) const
{
    const QDateTime hourStart = hourZero.addSecs(qint64(hour) * 3600);
    const QDateTime from = std::max({ r.from, range.from, hourStart });
    const QDateTime until = std::min({ r.until, range.until, hourStart.addSecs(3600) });
    return from < until ? from.secsTo(until) : 0;
}

QList<OpenPiece> openPieces(const OpeningHours &hours, QDate from, QDate until)
{
    QList<OpenPiece> pieces;
    if (!from.isValid() || !until.isValid() || until < from)
        return pieces;
    const QTimeZone zone = hours.zone();
    const QTime midnight(0, 0);
    const QDateTime rangeStart = hours.toUtc(from, midnight);
    const QDateTime rangeEnd = hours.toUtc(until.addDays(1), midnight);
    // The day before `from` too: its overnight window may reach past midnight into the range.
    for (QDate day = from.addDays(-1); day <= until; day = day.addDays(1)) {
        const TimeRange window = hours.windowOn(day);
        if (!window.isValid())
            continue;
        QDateTime at = std::max(window.from, rangeStart);
        const QDateTime end = std::min(window.until, rangeEnd);
        while (at < end) {
            const QDate local = hours.localDate(at);
            QDateTime pieceEnd = std::min(end, hours.toUtc(local.addDays(1), midnight));
            if (zone.hasTransitions()) {
                const QTimeZone::OffsetData next = zone.nextTransition(at);
                if (next.atUtc.isValid() && next.atUtc < pieceEnd)
                    pieceEnd = next.atUtc.toUTC();
            }
            if (pieceEnd <= at)
                break; // cannot happen with a sane zone; never loop forever on a broken one
            const QDateTime hourZero =
                    QDateTime(local, midnight, QTimeZone::utc()).addSecs(-zone.offsetFromUtc(at));
            pieces.append(OpenPiece{ local.dayOfWeek(), { at, pieceEnd }, hourZero });
            at = pieceEnd;
        }
    }
    return pieces;
}

} // namespace coworking
