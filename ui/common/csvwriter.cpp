#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

QString CsvWriter::cell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
            || text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString CsvWriter::row(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped.append(cell(c));
    return escaped.join(u',') + u"\r\n"_s;
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
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool CsvWriter::write(QIODevice &device, const QAbstractItemModel &model, int role)
{
    const QByteArray bytes = fromModel(model, role);
    return device.write(bytes) == bytes.size();
}

} // namespace ui
} // namespace coworking
