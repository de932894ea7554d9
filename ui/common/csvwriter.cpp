#include "csvwriter.h"

#include "common/csv.h"

#include <QAbstractItemModel>
#include <QFileDialog>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

QString CsvWriter::cell(const QString &value)
{
    return csv::cell(value);
}

QString CsvWriter::row(const QStringList &cells)
{
    return csv::row(cells);
}

QByteArray CsvWriter::fromModel(const QAbstractItemModel &model, int role)
{
    QString text;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    text += row(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells.append(model.data(model.index(r, c), role).toString());
        text += row(cells);
    }
    return QByteArray(csv::ByteOrderMark) + text.toUtf8();
}

bool CsvWriter::write(QIODevice &device, const QAbstractItemModel &model, int role)
{
    const QByteArray bytes = fromModel(model, role);
    return device.write(bytes) == bytes.size();
}

void CsvWriter::askWhereToSave(QWidget *parent, const QString &title, const QString &fileName,
                               std::function<void(const QString &)> save)
{
    auto *dialog = new QFileDialog(parent, title, fileName, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(save));
    dialog->open();
}

} // namespace ui
} // namespace coworking
