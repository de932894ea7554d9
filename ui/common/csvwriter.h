#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace coworking {
namespace ui {

// RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic right.
// Cells that a spreadsheet would run as a formula (= + - @ and tab/CR at the start) get a leading
// apostrophe: an export must never execute what a member typed into a name.
class CsvWriter final
{
public:
    static QString cell(const QString &value);
    static QString row(const QStringList &cells);
    // The model's rows as shown (a proxy's filter and order), headers from headerData(), the
    // DisplayRole of each column, or `role` when given.
    static QByteArray fromModel(const QAbstractItemModel &model, int role = Qt::DisplayRole);
    static bool write(QIODevice &device, const QAbstractItemModel &model,
                      int role = Qt::DisplayRole);
};

} // namespace ui
} // namespace coworking
