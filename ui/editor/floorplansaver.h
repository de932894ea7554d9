#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

namespace coworking {
namespace ui {

class FloorPlanDocument;
class FloorPlanStore;

struct SaveFailure
{
    QString key;
    QString name;
    QString message;
};

// One Save: first the coworking's spots are read again, so a change made elsewhere meanwhile is
// found and flagged instead of overwritten; then the plan image goes up, new spots are created in
// one request, changed ones patched (only the fields that changed), deleted ones deleted, all at
// once. Spots in conflict are not sent. A failed request leaves its spots dirty with the reason.
class FloorPlanSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorPlanSaver)
public:
    FloorPlanSaver(FloorPlanDocument &document, FloorPlanStore &store, QObject *parent = nullptr);

    bool isRunning() const { return m_pending > 0 || m_reading; }
    void start();

signals:
    // `failures` also lists the spots held back by a conflict.
    void finished(const QList<coworking::ui::SaveFailure> &failures);

private:
    void send();
    void fail(const QString &key, const QString &message);
    void done();

    FloorPlanDocument &m_document;
    FloorPlanStore &m_store;
    int m_pending = 0;
    bool m_reading = false;
    QList<SaveFailure> m_failures;
};

} // namespace ui
} // namespace coworking
