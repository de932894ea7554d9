#pragma once

#include "notifications/pushgateway.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

namespace coworking::test {

// A push gateway for tests: records every push instead of sending it, and answers with an
// outcome the test chose per token (Delivered by default). Worker threads call send().
class RecordingPushGateway final : public PushGateway
{
public:
    struct Push
    {
        DeviceToken device;
        QString title;
        QString body;
        QJsonObject data;
    };

    Outcome send(const DeviceToken &device, const QString &title, const QString &body,
                 const QJsonObject &data) override
    {
        QMutexLocker lock(&m_mutex);
        m_pushes.append({ device, title, body, data });
        return m_outcomes.value(device.token, Outcome::Delivered);
    }

    QList<Push> pushes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_pushes;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_pushes.clear();
    }
    void setOutcome(const QString &token, Outcome outcome)
    {
        QMutexLocker lock(&m_mutex);
        m_outcomes.insert(token, outcome);
    }

private:
    mutable QMutex m_mutex;
    QList<Push> m_pushes;
    QHash<QString, Outcome> m_outcomes;
};

} // namespace coworking::test
