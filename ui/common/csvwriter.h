#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QIODevice;
class QWidget;

namespace coworking {
namespace ui {

// A model's rows as RFC 4180 CSV (core's common/csv.h: formula cells neutralised), UTF-8 with a
// byte-order mark so spreadsheet programs read Cyrillic right.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    static QString cell(const QString &value);
    static QString row(const QStringList &cells);
    // The model's rows as shown (a proxy's filter and order), headers from headerData(), the
    // DisplayRole of each column, or `role` when given.
    static QByteArray fromModel(const QAbstractItemModel &model, int role = Qt::DisplayRole);
    static bool write(QIODevice &device, const QAbstractItemModel &model,
                      int role = Qt::DisplayRole);
    // Opens a "save as CSV" file dialog over `parent` without waiting for it; `save` gets the
    // chosen path (never called when the user cancels).
    static void askWhereToSave(QWidget *parent, const QString &title, const QString &fileName,
                               std::function<void(const QString &path)> save);
};

} // namespace ui
} // namespace coworking
