#include "floorplansaver.h"

#include "floorplandocument.h"
#include "floorplanstore.h"
#include "spots/spotjson.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

QJsonValue mapJson(const std::optional<SpotPlacement> &map)
{
    return map ? QJsonValue(toJson(*map)) : QJsonValue(QJsonValue::Null);
}

QString statusJson(bool active)
{
    return active ? u"active"_s : u"inactive"_s;
}

QJsonObject draftJson(const Spot &spot)
{
    return { { u"name"_s, spot.name },
             { u"description"_s, spot.description },
             { u"position"_s, spot.position },
             { u"status"_s, statusJson(spot.active) },
             { u"map"_s, mapJson(spot.map) } };
}

// Only what changed, so a field changed elsewhere that this editor did not touch survives.
QJsonObject patchJson(const Spot &base, const Spot &edited)
{
    QJsonObject patch;
    if (edited.name != base.name)
        patch.insert(u"name"_s, edited.name);
    if (edited.description != base.description)
        patch.insert(u"description"_s, edited.description);
    if (edited.position != base.position)
        patch.insert(u"position"_s, edited.position);
    if (edited.active != base.active)
        patch.insert(u"status"_s, statusJson(edited.active));
    Spot mapOnly = base;
    mapOnly.map = edited.map;
    if (!sameEditableFields(mapOnly, base))
        patch.insert(u"map"_s, mapJson(edited.map));
    return patch;
}

} // namespace

FloorPlanSaver::FloorPlanSaver(FloorPlanDocument &document, FloorPlanStore &store, QObject *parent)
    : QObject(parent), m_document(document), m_store(store)
{
}

void FloorPlanSaver::start()
{
    if (isRunning())
        return;
    m_failures.clear();
    m_reading = true;
    m_store.loadSpots(m_document.coworkingId(), this, [this](StoreResult<QList<Spot>> r) {
        m_reading = false;
        if (!r.ok()) {
            m_failures.append({ {}, {}, tr("Could not read the spots again: %1").arg(r.error) });
            done();
            return;
        }
        m_document.mergeServerSpots(*r.value, true);
        send();
    });
}

void FloorPlanSaver::send()
{
    const QString coworkingId = m_document.coworkingId();
    // Counted before any request goes, so an early answer cannot finish the save.
    m_pending = 1;
    if (m_document.isImageDirty()) {
        ++m_pending;
        const QByteArray bytes = m_document.planImageBytes();
        m_store.uploadFloorPlan(coworkingId, bytes, this, [this, bytes](StoreResult<bool> r) {
            if (r.ok())
                m_document.acceptImageSaved(bytes);
            else
                m_failures.append({ {}, tr("Plan image"), r.error });
            done();
        });
    }
    QStringList createKeys;
    QJsonArray drafts;
    for (const QString &key : m_document.keys()) {
        const PlanSpot *e = m_document.find(key);
        if (!m_document.isDirty(key))
            continue;
        if (e->hasConflict()) {
            m_failures.append({ key, e->spot.name,
                                e->deletedElsewhere
                                        ? tr("Deleted elsewhere meanwhile: keep yours or drop it.")
                                        : tr("Changed elsewhere meanwhile: keep yours or take "
                                             "theirs.") });
            continue;
        }
        if (e->isNew()) {
            createKeys.append(key);
            drafts.append(draftJson(e->spot));
        } else if (e->removed) {
            ++m_pending;
            m_store.removeSpot(e->base->id, this, [this, key](StoreResult<bool> r) {
                if (r.ok())
                    m_document.acceptDeleted(key);
                else
                    fail(key, r.error);
                done();
            });
        } else {
            ++m_pending;
            m_store.updateSpot(e->base->id, patchJson(*e->base, e->spot), this,
                               [this, key](StoreResult<Spot> r) {
                                   if (r.ok())
                                       m_document.acceptSaved(key, *r.value);
                                   else
                                       fail(key, r.error);
                                   done();
                               });
        }
    }
    if (!drafts.isEmpty()) {
        ++m_pending;
        m_store.createSpots(
                coworkingId, drafts, this, [this, createKeys](StoreResult<QList<Spot>> r) {
                    if (r.ok() && r.value->size() == createKeys.size()) {
                        for (qsizetype i = 0; i < createKeys.size(); ++i)
                            m_document.acceptSaved(createKeys[i], r.value->at(i));
                    } else {
                        for (const QString &key : createKeys)
                            fail(key, r.ok() ? tr("The server answered oddly.") : r.error);
                    }
                    done();
                });
    }
    done();
}

void FloorPlanSaver::fail(const QString &key, const QString &message)
{
    m_document.setSaveError(key, message);
    const PlanSpot *e = m_document.find(key);
    m_failures.append({ key, e ? e->spot.name : QString(), message });
}

void FloorPlanSaver::done()
{
    if (m_pending > 0 && --m_pending > 0)
        return;
    emit finished(m_failures);
}

} // namespace ui
} // namespace coworking
