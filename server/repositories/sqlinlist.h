#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace coworking {

// Largest IN list of one statement; longer lists are read in chunks.
inline constexpr qsizetype MaxInList = 128;

// "?, ?, ?" for `values`, padded to a power of two by repeating the last value, so that the
// prepared-statement cache holds a handful of variants instead of one per list length.
inline QString inList(const QStringList &values, QVariantList *binds)
{
    qsizetype size = 1;
    while (size < values.size())
        size *= 2;
    QStringList marks;
    for (qsizetype i = 0; i < size; ++i) {
        marks.append(QStringLiteral("?"));
        binds->append(values.at(std::min(i, values.size() - 1)));
    }
    return marks.join(QStringLiteral(", "));
}

} // namespace coworking
