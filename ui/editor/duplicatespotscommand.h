#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QStringList>
#include <QUndoCommand>

namespace coworking {
namespace ui {

class FloorPlanDocument;

// Copies of spots, shifted by `offset`, named after the original with the next free number
// ("A7" gives "A8", "Desk" gives "Desk 2"). One AddSpotCommand child per copy.
class DuplicateSpotsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateSpotsCommand)
public:
    DuplicateSpotsCommand(FloorPlanDocument &document, const QStringList &keys, QPointF offset,
                          QUndoCommand *parent = nullptr);

    QStringList copyKeys() const { return m_copyKeys; }

    static QString nextFreeName(const QString &name, const QStringList &taken);

private:
    QStringList m_copyKeys;
};

} // namespace ui
} // namespace coworking
