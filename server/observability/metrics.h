#pragma once

#include "bookings/bookingoutcomes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace coworking {

// The process's Prometheus registry, shared by every worker thread. Counters are relaxed
// atomics; the mutex is taken only when a (method, route) pair is seen for the first time and
// at scrape. Created by CoworkingServer, reached through SharedState: no global instance.
class Metrics final : public BookingOutcomes
{
    Q_DISABLE_COPY_MOVE(Metrics)
public:
    // Upper bounds of the request duration histogram, in seconds.
    static constexpr std::array<double, 12> kDurationBuckets{ 0.001, 0.0025, 0.005, 0.01,
                                                              0.025, 0.05,   0.1,   0.25,
                                                              0.5,   1.0,    2.5,   5.0 };

    // Counters and the duration histogram of one method and route template.
    struct RequestSeries
    {
        QString method;
        QString route;
        std::array<std::atomic<quint64>, 500> byStatus{}; // index: status - 100
        std::array<std::atomic<quint64>, kDurationBuckets.size() + 1> buckets{}; // last: +Inf
        std::atomic<quint64> sumNanos{ 0 };
    };

    Metrics(QString version, const std::atomic<int> &openConnections);
    ~Metrics() override;

    // The series of a method and route template (never a raw path: cardinality stays bounded),
    // created on first use. The pointer stays valid as long as the registry; takes the mutex,
    // so callers keep the pointer (see RequestRecorder).
    RequestSeries *requestSeries(const QString &method, const QString &route);
    static void observe(RequestSeries &series, int status, qint64 nanos);

    // BookingOutcomes: told by BookingService where each outcome is decided.
    void bookingCreated() override { m_bookingsCreated.fetch_add(1, std::memory_order_relaxed); }
    void bookingCancelled() override
    {
        m_bookingsCancelled.fetch_add(1, std::memory_order_relaxed);
    }
    void bookingConflict() override { m_bookingsConflicts.fetch_add(1, std::memory_order_relaxed); }
    void dbError() { m_dbErrors.fetch_add(1, std::memory_order_relaxed); }
    void dbReconnect() { m_dbReconnects.fetch_add(1, std::memory_order_relaxed); }
    // Live availability (WebSocket) connections and what they were sent.
    void liveConnectionOpened() { m_liveConnections.fetch_add(1, std::memory_order_relaxed); }
    void liveConnectionClosed() { m_liveConnections.fetch_sub(1, std::memory_order_relaxed); }
    void liveMessagesSent(quint64 n) { m_liveMessages.fetch_add(n, std::memory_order_relaxed); }
    void liveClientTooSlow() { m_liveTooSlow.fetch_add(1, std::memory_order_relaxed); }
    void liveListenReconnect() { m_liveListenReconnects.fetch_add(1, std::memory_order_relaxed); }

    // The whole registry in Prometheus text exposition format 0.0.4.
    QByteArray scrape() const;
    static constexpr const char *kContentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    QString m_version;
    const std::atomic<int> &m_openConnections;
    std::atomic<quint64> m_bookingsCreated{ 0 };
    std::atomic<quint64> m_bookingsCancelled{ 0 };
    std::atomic<quint64> m_bookingsConflicts{ 0 };
    std::atomic<quint64> m_dbErrors{ 0 };
    std::atomic<quint64> m_dbReconnects{ 0 };
    std::atomic<int> m_liveConnections{ 0 };
    std::atomic<quint64> m_liveMessages{ 0 };
    std::atomic<quint64> m_liveTooSlow{ 0 };
    std::atomic<quint64> m_liveListenReconnects{ 0 };

    mutable std::mutex m_mutex; // guards m_series (the list, not the counters inside)
    std::vector<std::unique_ptr<RequestSeries>> m_series;
};

// One worker thread's handle on the registry: it caches series pointers, so recording a request
// takes no lock after the first request of each route. Not thread-safe; one per worker.
class RequestRecorder final
{
    Q_DISABLE_COPY_MOVE(RequestRecorder)
public:
    explicit RequestRecorder(Metrics &metrics) : m_metrics(metrics) { }

    void record(const QString &method, const QString &route, int status, qint64 nanos);
    Metrics &metrics() { return m_metrics; }

private:
    Metrics &m_metrics;
    QHash<std::pair<QString, QString>, Metrics::RequestSeries *> m_cache;
};

} // namespace coworking
