#include "floorplandocument.h"

#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

bool samePlacement(const std::optional<SpotPlacement> &a, const std::optional<SpotPlacement> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return near(a->x, b->x) && near(a->y, b->y) && near(a->width, b->width)
            && near(a->height, b->height) && near(a->rotation, b->rotation);
}

} // namespace

bool sameEditableFields(const Spot &a, const Spot &b)
{
    return a.name == b.name && a.description == b.description && a.position == b.position
            && a.active == b.active && samePlacement(a.map, b.map);
}

FloorPlanDocument::FloorPlanDocument(QObject *parent) : QObject(parent) { }

FloorPlanDocument::~FloorPlanDocument() = default;

void FloorPlanDocument::load(const QString &coworkingId, const QList<Spot> &spots,
                             const QByteArray &imageBytes)
{
    m_coworkingId = coworkingId;
    m_order.clear();
    m_spots.clear();
    for (const Spot &spot : spots) {
        PlanSpot e;
        e.key = newKey();
        e.spot = spot;
        e.base = spot;
        m_order.append(e.key);
        m_spots.insert(e.key, e);
    }
    m_imageBytes = imageBytes;
    m_serverImageBytes = imageBytes;
    m_image = QImage::fromData(imageBytes);
    m_imageDirty = false;
    emit reset();
    emit imageChanged();
    checkDirty();
}

void FloorPlanDocument::clear()
{
    load({}, {}, {});
}

QStringList FloorPlanDocument::visibleKeys() const
{
    QStringList keys;
    for (const QString &key : m_order) {
        if (m_spots.value(key).isVisible())
            keys.append(key);
    }
    return keys;
}

const PlanSpot *FloorPlanDocument::find(const QString &key) const
{
    const auto it = m_spots.constFind(key);
    return it == m_spots.cend() ? nullptr : &*it;
}

const PlanSpot *FloorPlanDocument::findByServerId(const QString &spotId) const
{
    if (spotId.isEmpty())
        return nullptr;
    for (const PlanSpot &e : m_spots) {
        if (e.spot.id == spotId)
            return &e;
    }
    return nullptr;
}

PlanSpot *FloorPlanDocument::entry(const QString &key)
{
    const auto it = m_spots.find(key);
    return it == m_spots.end() ? nullptr : &*it;
}

QList<Spot> FloorPlanDocument::currentSpots() const
{
    QList<Spot> spots;
    for (const QString &key : m_order) {
        const PlanSpot &e = m_spots[key];
        if (e.isVisible())
            spots.append(e.spot);
    }
    return spots;
}

int FloorPlanDocument::nextPosition() const
{
    int next = 0;
    for (const PlanSpot &e : m_spots)
        next = std::max(next, e.spot.position + 1);
    return next;
}

QString FloorPlanDocument::newKey()
{
    return u"k%1"_s.arg(++m_nextKey);
}

bool FloorPlanDocument::isDirty(const QString &key) const
{
    const PlanSpot *e = find(key);
    if (!e)
        return false;
    if (e->removed)
        return e->base.has_value();
    return !e->base || !sameEditableFields(e->spot, *e->base);
}

int FloorPlanDocument::dirtyCount() const
{
    return int(std::count_if(m_order.cbegin(), m_order.cend(),
                             [this](const QString &key) { return isDirty(key); }));
}

bool FloorPlanDocument::isDirty() const
{
    return m_imageDirty || dirtyCount() > 0;
}

bool FloorPlanDocument::hasConflicts() const
{
    return std::any_of(m_spots.cbegin(), m_spots.cend(),
                       [](const PlanSpot &e) { return e.hasConflict(); });
}

void FloorPlanDocument::insertSpot(const PlanSpot &e)
{
    if (m_spots.contains(e.key)) {
        setRemoved(e.key, false);
        return;
    }
    m_order.append(e.key);
    m_spots.insert(e.key, e);
    emit spotAdded(e.key);
    checkDirty();
}

void FloorPlanDocument::setRemoved(const QString &key, bool removed)
{
    PlanSpot *e = entry(key);
    if (!e || e->removed == removed)
        return;
    e->removed = removed;
    changed(key);
}

void FloorPlanDocument::setPlacement(const QString &key, const std::optional<SpotPlacement> &map)
{
    PlanSpot *e = entry(key);
    if (!e || samePlacement(e->spot.map, map))
        return;
    e->spot.map = map;
    changed(key);
}

void FloorPlanDocument::setField(const QString &key, SpotField field, const QVariant &value)
{
    PlanSpot *e = entry(key);
    if (!e || this->field(key, field) == value)
        return;
    switch (field) {
    case SpotField::Name:
        e->spot.name = value.toString();
        break;
    case SpotField::Description:
        e->spot.description = value.toString();
        break;
    case SpotField::Active:
        e->spot.active = value.toBool();
        break;
    }
    changed(key);
}

QVariant FloorPlanDocument::field(const QString &key, SpotField field) const
{
    const PlanSpot *e = find(key);
    if (!e)
        return {};
    switch (field) {
    case SpotField::Name:
        return e->spot.name;
    case SpotField::Description:
        return e->spot.description;
    case SpotField::Active:
        return e->spot.active;
    }
    return {};
}

void FloorPlanDocument::setPlanImage(const QByteArray &bytes)
{
    m_imageBytes = bytes;
    m_image = QImage::fromData(bytes);
    m_imageDirty = bytes != m_serverImageBytes;
    emit imageChanged();
    checkDirty();
}

void FloorPlanDocument::mergeServerSpots(const QList<Spot> &spots, bool complete)
{
    QSet<QString> seen;
    for (const Spot &server : spots) {
        seen.insert(server.id);
        const PlanSpot *known = findByServerId(server.id);
        if (!known) {
            PlanSpot e;
            e.key = newKey();
            e.spot = server;
            e.base = server;
            insertSpot(e);
            continue;
        }
        PlanSpot *e = entry(known->key);
        if (e->base && sameEditableFields(*e->base, server)) {
            if (e->theirs || e->deletedElsewhere) {
                e->theirs.reset();
                e->deletedElsewhere = false;
                changed(e->key);
            }
            continue;
        }
        if (!isDirty(e->key)) {
            e->base = server;
            e->spot = server;
            e->removed = false;
            e->theirs.reset();
            e->deletedElsewhere = false;
        } else {
            e->theirs = server;
            e->deletedElsewhere = false;
        }
        changed(e->key);
    }
    if (!complete)
        return;
    const QStringList order = m_order;
    for (const QString &key : order) {
        const PlanSpot *e = find(key);
        if (e->base && !seen.contains(e->base->id))
            mergeServerDeletion(e->base->id);
    }
}

void FloorPlanDocument::mergeServerDeletion(const QString &spotId)
{
    const PlanSpot *known = findByServerId(spotId);
    if (!known || !known->base)
        return;
    PlanSpot *e = entry(known->key);
    if (e->removed || !isDirty(e->key)) {
        // Nothing of ours is lost: the spot simply goes, as it went on the server.
        e->base.reset();
        e->spot.id.clear();
        e->removed = true;
        e->theirs.reset();
        e->deletedElsewhere = false;
    } else {
        e->theirs.reset();
        e->deletedElsewhere = true;
    }
    changed(e->key);
}

void FloorPlanDocument::resolveConflict(const QString &key, bool keepMine)
{
    PlanSpot *e = entry(key);
    if (!e || !e->hasConflict())
        return;
    if (keepMine) {
        if (e->deletedElsewhere) {
            // Saved again as a new spot.
            e->base.reset();
            e->spot.id.clear();
        } else {
            // Their version with my edits on top: a field only they changed keeps their value.
            const Spot &base = *e->base;
            Spot merged = *e->theirs;
            const Spot &mine = e->spot;
            if (mine.name != base.name)
                merged.name = mine.name;
            if (mine.description != base.description)
                merged.description = mine.description;
            if (mine.position != base.position)
                merged.position = mine.position;
            if (mine.active != base.active)
                merged.active = mine.active;
            if (!samePlacement(mine.map, base.map))
                merged.map = mine.map;
            e->base = e->theirs;
            e->spot = merged;
        }
    } else if (e->deletedElsewhere) {
        e->base.reset();
        e->spot.id.clear();
        e->removed = true;
    } else {
        e->base = e->theirs;
        e->spot = *e->theirs;
        e->removed = false;
    }
    e->theirs.reset();
    e->deletedElsewhere = false;
    changed(key);
}

void FloorPlanDocument::acceptSaved(const QString &key, const Spot &serverSpot)
{
    PlanSpot *e = entry(key);
    if (!e)
        return;
    e->base = serverSpot;
    e->spot.id = serverSpot.id;
    e->spot.coworkingId = serverSpot.coworkingId;
    e->saveError.clear();
    changed(key);
}

void FloorPlanDocument::acceptDeleted(const QString &key)
{
    PlanSpot *e = entry(key);
    if (!e)
        return;
    e->base.reset();
    e->spot.id.clear();
    e->saveError.clear();
    changed(key);
}

void FloorPlanDocument::acceptImageSaved(const QByteArray &bytes)
{
    m_serverImageBytes = bytes;
    m_imageDirty = m_imageBytes != bytes;
    emit imageChanged();
    checkDirty();
}

void FloorPlanDocument::setSaveError(const QString &key, const QString &message)
{
    PlanSpot *e = entry(key);
    if (!e || e->saveError == message)
        return;
    e->saveError = message;
    changed(key);
}

void FloorPlanDocument::changed(const QString &key)
{
    // An edit undone to the saved state leaves nothing that failed.
    if (PlanSpot *e = entry(key); e && !e->saveError.isEmpty() && !isDirty(key))
        e->saveError.clear();
    emit spotChanged(key);
    checkDirty();
}

void FloorPlanDocument::checkDirty()
{
    const bool dirty = isDirty();
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

} // namespace ui
} // namespace coworking
