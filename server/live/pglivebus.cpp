#include "pglivebus.h"

#include "livehub.h"
#include "metrics.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <stdexcept>

Q_LOGGING_CATEGORY(lcLiveBus, "coworking.live.bus")

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// Events kept while the connection is down; beyond that the oldest are dropped (subscribers
// get a fresh snapshot after the reconnect anyway).
constexpr qsizetype kMaxQueued = 10000;

} // namespace

// Lives in the bus's thread; owns the connection.
class PgLiveBus::Listener final : public QObject
{
public:
    explicit Listener(PgLiveBus &bus)
        : m_bus(bus), m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_heartbeat.setInterval(m_bus.m_config.heartbeatMs);
        connect(&m_heartbeat, &QTimer::timeout, this, &Listener::onHeartbeat);
        m_reconnect.setSingleShot(true);
        connect(&m_reconnect, &QTimer::timeout, this, &Listener::connectNow);
        m_reconnect.start(0); // not in the constructor: start() waits for it
        m_heartbeat.start();
    }

    void flush()
    {
        const QList<LiveEvent> events = m_bus.takeQueue();
        if (events.isEmpty())
            return;
        if (!m_db) {
            m_bus.requeue(events); // sent once the connection is back
            return;
        }
        const QList<QByteArray> payloads = encodeNotifications(events);
        try {
            for (const QByteArray &payload : payloads)
                notify(payload);
        } catch (const std::exception &) {
            // Possibly sent in part: a duplicate is harmless (clients apply changes by id).
            m_bus.requeue(events);
            lost("NOTIFY failed");
        }
    }

private:
    void notify(const QByteArray &payload)
    {
        m_db->select(u"SELECT pg_notify('coworking_live', ?)"_s, { QString::fromUtf8(payload) });
    }

    void connectNow()
    {
        try {
            m_db = std::make_unique<Database>(m_bus.m_database, u"live-listen"_s);
            m_db->ensureOpen();
            QSqlDriver *driver = m_db->connection().driver();
            connect(driver, &QSqlDriver::notification, this, &Listener::onNotification);
            if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
                throw std::runtime_error("LISTEN failed");
        } catch (const std::exception &) {
            m_db.reset();
            m_backoffMs = m_backoffMs == 0 ? 200 : std::min(m_backoffMs * 2, 5000);
            if (!m_failed)
                qCWarning(lcLiveBus)
                        << "cannot LISTEN on" << m_bus.m_database.describe() << "; retrying";
            m_failed = true;
            m_reconnect.start(m_backoffMs);
            return;
        }
        m_backoffMs = 0;
        m_pingSent = false;
        if (m_failed) {
            // Changes may have passed while nobody listened: every map is read again.
            qCInfo(lcLiveBus) << "listening again on" << m_bus.m_database.describe();
            if (m_bus.m_metrics)
                m_bus.m_metrics->liveListenReconnect();
            if (m_bus.m_hub)
                m_bus.m_hub->resync();
        }
        m_failed = false;
        flush();
    }

    void lost(const char *why)
    {
        if (!m_db)
            return;
        qCWarning(lcLiveBus) << "LISTEN connection lost:" << why << "; reconnecting";
        // The driver's socket notifier dies with the connection.
        m_db.reset();
        m_failed = true;
        m_backoffMs = 0;
        m_reconnect.start(0);
    }

    void onHeartbeat()
    {
        if (!m_db)
            return;
        if (m_pingSent) {
            if (m_pingTimer.elapsed() > m_bus.m_config.heartbeatTimeoutMs)
                lost("heartbeat not answered");
            return;
        }
        m_pingToken = m_instance + u'/' + QString::number(++m_pingCount);
        try {
            notify(encodePing(m_pingToken));
        } catch (const std::exception &) {
            lost("heartbeat failed");
            return;
        }
        m_pingSent = true;
        m_pingTimer.start();
    }

    void onNotification(const QString &name, QSqlDriver::NotificationSource,
                        const QVariant &payload)
    {
        if (name != QLatin1StringView(kChannel))
            return;
        const auto decoded = decodeNotification(payload.toString().toUtf8());
        if (!decoded)
            return;
        if (!decoded->ping.isEmpty()) {
            if (decoded->ping == m_pingToken)
                m_pingSent = false;
            return;
        }
        if (m_bus.m_hub)
            m_bus.m_hub->deliver(decoded->events);
    }

    PgLiveBus &m_bus;
    const QString m_instance;
    std::unique_ptr<Database> m_db;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    int m_backoffMs = 0;
    bool m_failed = false;
    bool m_pingSent = false;
    QString m_pingToken;
    quint64 m_pingCount = 0;
    QElapsedTimer m_pingTimer;
};

PgLiveBus::PgLiveBus(DatabaseConfig database, LiveConfig config, LiveHub *hub, Metrics *metrics)
    : m_database(std::move(database)), m_config(std::move(config)), m_hub(hub), m_metrics(metrics)
{
}

PgLiveBus::~PgLiveBus()
{
    stop();
}

void PgLiveBus::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"live-listen"_s);
    QSemaphore ready;
    // Created and destroyed in its thread: the connection belongs to that thread.
    QObject::connect(
            m_thread, &QThread::started, m_thread,
            [this, &ready] {
                auto *listener = new Listener(*this);
                QObject::connect(
                        m_thread, &QThread::finished, m_thread,
                        [this, listener] {
                            {
                                const std::lock_guard lock(m_mutex);
                                m_listener = nullptr;
                            }
                            delete listener;
                        },
                        Qt::DirectConnection);
                {
                    const std::lock_guard lock(m_mutex);
                    m_listener = listener;
                }
                ready.release();
            },
            Qt::DirectConnection);
    m_thread->start();
    ready.acquire();
}

void PgLiveBus::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void PgLiveBus::publish(const QList<OutboxEvent> &committed)
{
    const QList<LiveEvent> events = liveEvents(committed);
    if (events.isEmpty())
        return;
    const std::lock_guard lock(m_mutex);
    m_queue.append(events);
    if (m_queue.size() > kMaxQueued)
        m_queue.remove(0, m_queue.size() - kMaxQueued);
    if (m_flushPosted || !m_listener)
        return;
    m_flushPosted = true;
    Listener *listener = m_listener;
    QMetaObject::invokeMethod(
            listener, [listener] { listener->flush(); }, Qt::QueuedConnection);
}

QList<LiveEvent> PgLiveBus::takeQueue()
{
    const std::lock_guard lock(m_mutex);
    m_flushPosted = false;
    return std::exchange(m_queue, {});
}

void PgLiveBus::requeue(const QList<LiveEvent> &events)
{
    const std::lock_guard lock(m_mutex);
    m_queue = events + m_queue;
    if (m_queue.size() > kMaxQueued)
        m_queue.remove(0, m_queue.size() - kMaxQueued);
}

} // namespace coworking
