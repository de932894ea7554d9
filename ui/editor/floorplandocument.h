#pragma once

#include "spots/spot.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace coworking {
namespace ui {

// One spot of the plan being edited. `key` is a local id that never changes (commands on the undo
// stack refer to it), also after Save gives a new spot its server id.
struct PlanSpot
{
    QString key;
    Spot spot; // as edited
    std::optional<Spot> base; // the server's last known version; none until created
    bool removed = false; // deleted in the editor (sent as DELETE on Save when it has a base)
    // A server version that differs from `base`, seen while this spot had unsaved edits: a change
    // made elsewhere meanwhile. Save leaves the spot alone until the user chooses.
    std::optional<Spot> theirs;
    bool deletedElsewhere = false;
    QString saveError; // why the last Save of this spot failed

    bool isNew() const { return !base.has_value(); }
    bool hasConflict() const { return theirs.has_value() || deletedElsewhere; }
    bool isVisible() const { return !removed; }
    bool isPlaced() const { return !removed && spot.map.has_value(); }
};

enum class SpotField { Name, Description, Active };

// The editable fields of two spots are equal (ids and coworking aside); map numbers to 1e-6 px.
bool sameEditableFields(const Spot &a, const Spot &b);

// The floor plan as the editor holds it: the plan image and the spots with their server baselines.
// Undo commands change it through the edit methods; the scene and the models follow its signals.
// It changes the server never: FloorPlanSaver does that, and reports back through accept*().
class FloorPlanDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorPlanDocument)
public:
    explicit FloorPlanDocument(QObject *parent = nullptr);
    ~FloorPlanDocument() override;

    // Replaces everything with the server's plan; nothing is dirty afterwards.
    void load(const QString &coworkingId, const QList<Spot> &spots, const QByteArray &imageBytes);
    void clear();

    QString coworkingId() const { return m_coworkingId; }
    QStringList keys() const { return m_order; } // every entry, removed ones too, in order
    QStringList visibleKeys() const;
    const PlanSpot *find(const QString &key) const;
    const PlanSpot *findByServerId(const QString &spotId) const;
    // The spots as they would be after Save, in order (removed ones left out).
    QList<Spot> currentSpots() const;
    int nextPosition() const;
    QString newKey();

    bool isDirty() const;
    bool isDirty(const QString &key) const;
    int dirtyCount() const;
    bool hasConflicts() const;

    const QImage &planImage() const { return m_image; }
    QByteArray planImageBytes() const { return m_imageBytes; }
    bool isImageDirty() const { return m_imageDirty; }

    // Edits, for undo commands. Unknown keys are ignored.
    void insertSpot(const PlanSpot &entry);
    void setRemoved(const QString &key, bool removed);
    void setPlacement(const QString &key, const std::optional<SpotPlacement> &map);
    void setField(const QString &key, SpotField field, const QVariant &value);
    QVariant field(const QString &key, SpotField field) const;
    // Dirty while the bytes differ from the server's image.
    void setPlanImage(const QByteArray &bytes);

    // What the server said. `complete` means `spots` is the whole coworking (a reload), so a known
    // spot missing from it was deleted elsewhere. A changed spot without local edits is taken
    // over; one with local edits is flagged as a conflict, never overwritten.
    void mergeServerSpots(const QList<Spot> &spots, bool complete);
    void mergeServerDeletion(const QString &spotId);
    // Keep mine: the server's version becomes the base, with the fields edited here on top, to be
    // saved.
    // Take theirs: the local edits of that spot are dropped.
    void resolveConflict(const QString &key, bool keepMine);
    void acceptSaved(const QString &key, const Spot &serverSpot);
    void acceptDeleted(const QString &key);
    void acceptImageSaved(const QByteArray &bytes);
    void setSaveError(const QString &key, const QString &message);

signals:
    void reset();
    void spotAdded(const QString &key);
    void spotChanged(const QString &key); // fields, placement, removal, state (dirty, conflict)
    void imageChanged();
    void dirtyChanged(bool dirty);

private:
    PlanSpot *entry(const QString &key);
    void changed(const QString &key);
    void checkDirty();

    QString m_coworkingId;
    QStringList m_order;
    QHash<QString, PlanSpot> m_spots;
    QImage m_image;
    QByteArray m_imageBytes;
    QByteArray m_serverImageBytes;
    bool m_imageDirty = false;
    bool m_dirty = false;
    int m_nextKey = 0;
};

} // namespace ui
} // namespace coworking
