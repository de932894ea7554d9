#pragma once

#include "common/datetime.h"
#include "coworkings/openinghours.h"

#include <QDateTime>
#include <QString>
#include <QTime>

using namespace Qt::StringLiterals;

// Readers for the time values written in the core tests' data rows.
namespace coworking::test {

// An ISO 8601 time with its offset; a typo in the data stops the test.
inline QDateTime at(const QString &iso)
{
    const auto t = datetime::parseWithOffset(iso);
    if (!t)
        qFatal("bad datetime in test data: %s", qPrintable(iso));
    return *t;
}

// Opening hours from "HH:mm" texts.
inline OpeningHours hoursFor(const QString &zoneName, const QString &opens, const QString &closes)
{
    return OpeningHours(QTime::fromString(opens, u"HH:mm"_s), QTime::fromString(closes, u"HH:mm"_s),
                        zoneName);
}

} // namespace coworking::test
