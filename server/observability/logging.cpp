#include "logging.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// The message handler is process-wide by nature (qInstallMessageHandler), so its settings are too.
std::atomic<bool> g_installed{ false };
std::atomic<LogFormat> g_format{ LogFormat::Text };
std::mutex g_writeMutex;

const char *levelName(QtMsgType level)
{
    switch (level) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

// RFC 3339 UTC with milliseconds, e.g. 2030-01-07T06:00:00.123Z.
QByteArray utcTimestamp(qint64 msecs)
{
    const std::time_t seconds = std::time_t(msecs / 1000);
    std::tm tm{};
    ::gmtime_r(&seconds, &tm);
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                                tm.tm_sec, int(msecs % 1000));
    return QByteArray(buffer, n);
}

// A JSON string literal (with its quotes) of UTF-8 text.
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJsonField(QByteArray &out, const char *key, const QByteArray &utf8)
{
    out += ",\"";
    out += key;
    out += "\":";
    appendJsonString(out, utf8);
}

QString accessMessage(const AccessFields &a)
{
    return a.method + u' ' + a.route + u' ' + QString::number(a.status);
}

void writeLine(QByteArray line)
{
    line += '\n';
    const std::lock_guard lock(g_writeMutex);
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDERR_FILENO, data, std::size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // stderr is gone; nowhere to report it
        data += n;
        left -= n;
    }
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogRecord record;
    record.timeMsecs = QDateTime::currentMSecsSinceEpoch();
    record.level = type;
    record.category = context.category ? QByteArray(context.category) : QByteArray("default");
    record.message = message;
    writeLine(formatLogLine(g_format.load(std::memory_order_relaxed), record));
}

bool enabled(const QLoggingCategory &category, QtMsgType level)
{
    switch (level) {
    case QtDebugMsg:
        return category.isDebugEnabled();
    case QtInfoMsg:
        return category.isInfoEnabled();
    case QtWarningMsg:
        return category.isWarningEnabled();
    case QtCriticalMsg:
    case QtFatalMsg:
        return category.isCriticalEnabled();
    }
    return true;
}

} // namespace

std::optional<LogFormat> parseLogFormat(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"json")
        return LogFormat::Json;
    if (n == u"text")
        return LogFormat::Text;
    return std::nullopt;
}

LogFormat defaultLogFormat()
{
    return ::isatty(STDERR_FILENO) ? LogFormat::Text : LogFormat::Json;
}

QByteArray formatLogLine(LogFormat format, const LogRecord &record)
{
    QByteArray out;
    out.reserve(192 + record.message.size());
    const QByteArray time = utcTimestamp(record.timeMsecs);
    const AccessFields *a = record.access;
    const QString message = a && record.message.isEmpty() ? accessMessage(*a) : record.message;

    if (format == LogFormat::Text) {
        // 2030-01-07T06:00:00.123Z info    coworking.http: GET /bookings/{id} 201 1.234 ms id=…
        out += time;
        out += ' ';
        out += QByteArray(levelName(record.level)).leftJustified(7);
        out += ' ';
        out += record.category;
        out += ": ";
        out += message.toUtf8();
        if (a) {
            out += ' ';
            out += QByteArray::number(a->durationMs, 'f', 3);
            out += " ms request_id=";
            out += a->requestId.toUtf8();
            if (!a->client.isEmpty()) {
                out += " client=";
                out += a->client.toUtf8();
            }
        }
        return out;
    }

    out += "{\"time\":\"";
    out += time;
    out += "\",\"level\":\"";
    out += levelName(record.level);
    out += '"';
    appendJsonField(out, "category", record.category);
    appendJsonField(out, "message", message.toUtf8());
    if (a) {
        appendJsonField(out, "request_id", a->requestId.toUtf8());
        appendJsonField(out, "method", a->method.toUtf8());
        appendJsonField(out, "route", a->route.toUtf8());
        out += ",\"status\":";
        out += QByteArray::number(a->status);
        out += ",\"duration_ms\":";
        out += QByteArray::number(a->durationMs, 'f', 3);
        if (!a->client.isEmpty())
            appendJsonField(out, "client", a->client.toUtf8());
    }
    out += '}';
    return out;
}

void installLogHandler(LogFormat format)
{
    g_format.store(format, std::memory_order_relaxed);
    g_installed.store(true, std::memory_order_release);
    qInstallMessageHandler(messageHandler);
}

void accessLog(const QLoggingCategory &category, QtMsgType level, const AccessFields &fields)
{
    if (!enabled(category, level))
        return;
    if (!g_installed.load(std::memory_order_acquire)) {
        const QMessageLogger logger(nullptr, 0, nullptr, category.categoryName());
        QDebug stream = level == QtDebugMsg ? logger.debug()
                : level == QtInfoMsg        ? logger.info()
                                            : logger.warning();
        stream.noquote() << accessMessage(fields) << QString::number(fields.durationMs, 'f', 3)
                         << u"ms request_id="_s + fields.requestId
                         << (fields.client.isEmpty() ? QString() : u"client="_s + fields.client);
        return;
    }
    LogRecord record;
    record.timeMsecs = QDateTime::currentMSecsSinceEpoch();
    record.level = level;
    record.category = QByteArray(category.categoryName());
    record.access = &fields;
    writeLine(formatLogLine(g_format.load(std::memory_order_relaxed), record));
}

} // namespace coworking
