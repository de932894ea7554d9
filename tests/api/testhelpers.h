#pragma once

#include "apiharness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

// Small helpers the API tests share (set-up that talks to the server lives in SiteFixture).
namespace coworking::test {

// A well-formed id that no row has: the answer is a 404, not a 422.
inline const QString kUnknownId = u"00000000-0000-4000-8000-000000000000"_s;

QStringList sorted(QStringList list);
QStringList sortedKeys(const QJsonObject &object);
// The value of `key` of every object of `items`, in order.
QStringList valuesOf(const QJsonArray &items, const QString &key = u"id"_s);
// `base` with `overrides` written over it and the `removed` keys taken out.
QJsonObject merged(QJsonObject base, const QJsonObject &overrides, const QStringList &removed = {});

// The body of POST /bookings; `extra` adds fields (option_ids, ...).
QJsonObject bookingBody(const QString &spotId, const QString &from, const QString &until,
                        const QJsonObject &extra = {});
QJsonObject bookingBody(const QString &spotId, const QDateTime &from, const QDateTime &until,
                        const QJsonObject &extra = {});

// Times on a day of January 2030 (the harness starts on Monday the 7th).
QDateTime utc(int day, int hour, int minute = 0);
QString utcText(int day, const char *hhmm); // "2030-01-08T10:00:00Z"
QString mskText(int day, const char *hhmm); // "2030-01-08T10:00:00+03:00", the Moscow local time

// Whether `reply` has the one error shape {"error": {"code", "message", "details"}}; if not, and
// `why` is set, says what is wrong.
bool hasErrorShape(const Reply &reply, QString *why = nullptr);

// `reply` when it has `status`; otherwise stops the test (qFatal) with the status and body, for
// set-up steps a test relies on.
Reply expectStatus(const Reply &reply, int status, const char *what);

} // namespace coworking::test
