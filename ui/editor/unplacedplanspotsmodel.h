#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace coworking {
namespace ui {

class FloorPlanDocument;

// The spots that have no place on the plan yet, in the document's order; dragged from the list
// onto the plan (mime type kSpotKeyMimeType carries the document key).
class UnplacedPlanSpotsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnplacedPlanSpotsModel)
public:
    static constexpr auto kSpotKeyMimeType = "application/x-coworking-plan-spot";
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit UnplacedPlanSpotsModel(FloorPlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    QString keyAt(int row) const { return m_keys.value(row); }

private:
    bool belongs(const QString &key) const;
    void follow(const QString &key);
    void rebuild();

    FloorPlanDocument &m_document;
    QStringList m_keys;
};

} // namespace ui
} // namespace coworking
