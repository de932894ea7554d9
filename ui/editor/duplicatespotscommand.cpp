#include "duplicatespotscommand.h"

#include "addspotcommand.h"
#include "floorplandocument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

DuplicateSpotsCommand::DuplicateSpotsCommand(FloorPlanDocument &document, const QStringList &keys,
                                             QPointF offset, QUndoCommand *parent)
    : QUndoCommand(parent)
{
    QStringList taken;
    for (const Spot &s : document.currentSpots())
        taken.append(s.name);
    int position = document.nextPosition();
    for (const QString &key : keys) {
        const PlanSpot *e = document.find(key);
        if (!e)
            continue;
        Spot copy = e->spot;
        copy.name = nextFreeName(copy.name, taken);
        copy.position = position++;
        taken.append(copy.name);
        if (copy.map) {
            copy.map->x = std::max(0.0, copy.map->x + offset.x());
            copy.map->y = std::max(0.0, copy.map->y + offset.y());
        }
        m_copyKeys.append((new AddSpotCommand(document, copy, this))->key());
    }
    setText(tr("Duplicate %n spots", nullptr, int(m_copyKeys.size())));
}

QString DuplicateSpotsCommand::nextFreeName(const QString &name, const QStringList &taken)
{
    static const QRegularExpression trailingNumber(u"^(.*?)(\\d+)$"_s);
    const auto match = trailingNumber.match(name);
    QString stem = name + u' ';
    int n = 1;
    if (match.hasMatch()) {
        stem = match.captured(1);
        n = match.captured(2).toInt();
    }
    QString candidate;
    do {
        candidate = stem + QString::number(++n);
    } while (taken.contains(candidate));
    return candidate;
}

} // namespace ui
} // namespace coworking
