#include "metrics.h"

#include <QFile>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// Bucket bounds in nanoseconds, so the hot path compares integers.
constexpr std::array<qint64, Metrics::kDurationBuckets.size()> bucketNanos()
{
    std::array<qint64, Metrics::kDurationBuckets.size()> bounds{};
    for (std::size_t i = 0; i < bounds.size(); ++i)
        bounds[i] = qint64(Metrics::kDurationBuckets[i] * 1e9 + 0.5);
    return bounds;
}
constexpr auto kBucketNanos = bucketNanos();

// A label value in the exposition format: backslash, double quote and newline escaped.
QByteArray labelValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray &out, const char *name, quint64 value)
{
    out += name;
    out += ' ';
    out += QByteArray::number(value);
    out += '\n';
}

qint64 residentMemoryBytes()
{
    // statm: size resident shared text lib data dt, in pages.
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).trimmed().toLongLong(&ok);
    return ok ? pages * ::sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

Metrics::Metrics(QString version, const std::atomic<int> &openConnections)
    : m_version(version.isEmpty() ? u"unknown"_s : std::move(version)),
      m_openConnections(openConnections)
{
}

Metrics::~Metrics() = default;

Metrics::RequestSeries *Metrics::requestSeries(const QString &method, const QString &route)
{
    const std::lock_guard lock(m_mutex);
    for (const auto &series : m_series) {
        if (series->method == method && series->route == route)
            return series.get();
    }
    auto series = std::make_unique<RequestSeries>();
    series->method = method;
    series->route = route;
    m_series.push_back(std::move(series));
    return m_series.back().get();
}

void Metrics::observe(RequestSeries &series, int status, qint64 nanos)
{
    const std::size_t statusIndex =
            status >= 100 && status < 600 ? std::size_t(status - 100) : std::size_t(500 - 100);
    series.byStatus[statusIndex].fetch_add(1, std::memory_order_relaxed);
    std::size_t bucket = 0;
    while (bucket < kBucketNanos.size() && nanos > kBucketNanos[bucket])
        ++bucket;
    series.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    series.sumNanos.fetch_add(quint64(std::max<qint64>(nanos, 0)), std::memory_order_relaxed);
}

QByteArray Metrics::scrape() const
{
    std::vector<const RequestSeries *> series;
    {
        const std::lock_guard lock(m_mutex);
        series.reserve(m_series.size());
        for (const auto &s : m_series)
            series.push_back(s.get());
    }
    std::sort(series.begin(), series.end(), [](const RequestSeries *a, const RequestSeries *b) {
        return std::tie(a->route, a->method) < std::tie(b->route, b->method);
    });

    QByteArray out;
    out.reserve(4096 + qsizetype(series.size()) * 1200);

    if (!series.empty()) {
        family(out, "coworking_http_requests_total", "counter",
               "HTTP requests answered, by method, route template and status.");
        for (const RequestSeries *s : series) {
            const QByteArray labels = "method=\"" + labelValue(s->method) + "\",route=\""
                    + labelValue(s->route) + '"';
            for (std::size_t i = 0; i < s->byStatus.size(); ++i) {
                const quint64 n = s->byStatus[i].load(std::memory_order_relaxed);
                if (n == 0)
                    continue;
                out += "coworking_http_requests_total{" + labels + ",status=\""
                        + QByteArray::number(qulonglong(i + 100)) + "\"} " + QByteArray::number(n)
                        + '\n';
            }
        }

        family(out, "coworking_http_request_duration_seconds", "histogram",
               "Time from a parsed request to its answer, by method and route template.");
        for (const RequestSeries *s : series) {
            const QByteArray labels = "method=\"" + labelValue(s->method) + "\",route=\""
                    + labelValue(s->route) + '"';
            // Cumulative counts computed from one read of each bucket, so +Inf equals _count
            // even while requests are being recorded.
            quint64 cumulative = 0;
            for (std::size_t i = 0; i < s->buckets.size(); ++i) {
                cumulative += s->buckets[i].load(std::memory_order_relaxed);
                const QByteArray le = i < kDurationBuckets.size()
                        ? QByteArray::number(kDurationBuckets[i], 'g', 6)
                        : QByteArray("+Inf");
                out += "coworking_http_request_duration_seconds_bucket{" + labels + ",le=\"" + le
                        + "\"} " + QByteArray::number(cumulative) + '\n';
            }
            const double sum = double(s->sumNanos.load(std::memory_order_relaxed)) / 1e9;
            out += "coworking_http_request_duration_seconds_sum{" + labels + "} "
                    + QByteArray::number(sum, 'f', 9) + '\n';
            out += "coworking_http_request_duration_seconds_count{" + labels + "} "
                    + QByteArray::number(cumulative) + '\n';
        }
    }

    family(out, "coworking_bookings_created_total", "counter", "Bookings created.");
    sample(out, "coworking_bookings_created_total",
           m_bookingsCreated.load(std::memory_order_relaxed));
    family(out, "coworking_bookings_cancelled_total", "counter", "Bookings cancelled.");
    sample(out, "coworking_bookings_cancelled_total",
           m_bookingsCancelled.load(std::memory_order_relaxed));
    family(out, "coworking_bookings_conflicts_total", "counter",
           "Booking attempts refused because the spot was already booked (409 BOOKING_CONFLICT).");
    sample(out, "coworking_bookings_conflicts_total",
           m_bookingsConflicts.load(std::memory_order_relaxed));
    family(out, "coworking_db_errors_total", "counter",
           "Database failures other than constraint violations, including failed connects.");
    sample(out, "coworking_db_errors_total", m_dbErrors.load(std::memory_order_relaxed));
    family(out, "coworking_db_reconnects_total", "counter",
           "Database connections reopened after they were lost.");
    sample(out, "coworking_db_reconnects_total", m_dbReconnects.load(std::memory_order_relaxed));

    family(out, "coworking_live_connections", "gauge", "Open live availability WebSockets.");
    out += "coworking_live_connections "
            + QByteArray::number(m_liveConnections.load(std::memory_order_relaxed)) + '\n';
    family(out, "coworking_live_messages_sent_total", "counter",
           "Messages sent to live availability subscribers (snapshots and changes).");
    sample(out, "coworking_live_messages_sent_total",
           m_liveMessages.load(std::memory_order_relaxed));
    family(out, "coworking_live_clients_too_slow_total", "counter",
           "Live subscribers closed because they did not read what was sent to them.");
    sample(out, "coworking_live_clients_too_slow_total",
           m_liveTooSlow.load(std::memory_order_relaxed));
    family(out, "coworking_live_listen_reconnects_total", "counter",
           "PostgreSQL LISTEN connections reopened after they were lost or went silent.");
    sample(out, "coworking_live_listen_reconnects_total",
           m_liveListenReconnects.load(std::memory_order_relaxed));

    family(out, "coworking_http_open_connections", "gauge", "Open client connections.");
    out += "coworking_http_open_connections "
            + QByteArray::number(m_openConnections.load(std::memory_order_relaxed)) + '\n';
    family(out, "coworking_build_info", "gauge", "Always 1; the version of the running server.");
    out += "coworking_build_info{version=\"" + labelValue(m_version) + "\"} 1\n";

    const qint64 rss = residentMemoryBytes();
    if (rss >= 0) {
        family(out, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
        out += "process_resident_memory_bytes " + QByteArray::number(rss) + '\n';
    }
    return out;
}

void RequestRecorder::record(const QString &method, const QString &route, int status, qint64 nanos)
{
    const std::pair<QString, QString> key(method, route);
    auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd())
        it = m_cache.insert(key, m_metrics.requestSeries(method, route));
    Metrics::observe(**it, status, nanos);
}

} // namespace coworking
