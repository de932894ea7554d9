#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

class QLoggingCategory;

namespace coworking {

// How log lines are written to stderr: one JSON object per line (for Loki, journald and other
// collectors), or a human-readable one-liner.
enum class LogFormat { Text, Json };

std::optional<LogFormat> parseLogFormat(const QString &name); // "json" | "text"
// Text when stderr is a terminal (a person is watching), JSON otherwise.
LogFormat defaultLogFormat();

// The fields of one answered request, passed as data from the HTTP layer to the log.
struct AccessFields
{
    QString requestId;
    QString method;
    QString route; // the route template, "unmatched" when none
    int status = 0;
    double durationMs = 0;
    QString client; // the client's address (behind a trusted proxy, the one it names)
};

struct LogRecord
{
    qint64 timeMsecs = 0; // since the epoch, UTC
    QtMsgType level = QtInfoMsg;
    QByteArray category;
    QString message;
    const AccessFields *access = nullptr; // only on access lines
};

// One log line in the given format, without the trailing newline. Pure: tests call it directly.
QByteArray formatLogLine(LogFormat format, const LogRecord &record);

// Routes every Qt message (qDebug, qCWarning…) through formatLogLine to stderr, one line per
// message, serialised by a lock so lines of different threads never interleave.
void installLogHandler(LogFormat format);

// Logs one answered request at `level` in `category`, honouring the category's filter rules
// (QT_LOGGING_RULES). With the handler installed the fields are written as structured data;
// without it (tests, the desktop's embedded server) they go to the default Qt output as text.
void accessLog(const QLoggingCategory &category, QtMsgType level, const AccessFields &fields);

} // namespace coworking
