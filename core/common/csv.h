#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV, as the server's exports and the desk's write it. Cells that a spreadsheet would
// run as a formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe,
// as OWASP advises against CSV injection: an export must never execute what someone typed into
// a name.
namespace coworking::csv {

// One cell: neutralised, then quoted (quotes doubled) when it holds a comma, a quote or a line
// break.
QString cell(const QString &value);
// One record of cells, ended by CRLF.
QString row(const QStringList &cells);
// What spreadsheet programs need before UTF-8 text to read it as UTF-8 (Cyrillic names).
inline constexpr char ByteOrderMark[] = "\xEF\xBB\xBF";

} // namespace coworking::csv
