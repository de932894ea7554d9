#include "floorlegend.h"

#include "common/spotstate.h"
#include "floormodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace coworking {
namespace ui {

FloorLegend::FloorLegend(FloorModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_count(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (const SpotState s : kAllSpotStates) {
        auto *icon = new QLabel(this);
        auto *name = new QLabel(SpotStates::name(s), this);
        icon->setToolTip(SpotStates::description(s));
        name->setToolTip(SpotStates::description(s));
        icon->setProperty("state", int(s));
        layout->addWidget(icon);
        layout->addWidget(name);
        layout->addSpacing(10);
        m_icons.append(icon);
        m_names.append(name);
    }
    layout->addStretch(1);
    layout->addWidget(m_count);
    setAccessibleName(tr("Legend"));
    rebuildIcons();
    connect(model, &FloorModel::countsChanged, this, &FloorLegend::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &FloorLegend::updateCount);
    updateCount();
}

QString FloorLegend::countText() const
{
    return m_count->text();
}

void FloorLegend::rebuildIcons()
{
    const int size = fontMetrics().height() + 4;
    for (QLabel *icon : std::as_const(m_icons))
        icon->setPixmap(
                SpotStates::icon(SpotState(icon->property("state").toInt()), palette(), size)
                        .pixmap(size, size));
}

void FloorLegend::updateCount()
{
    m_count->setText(
            tr("%1 of %n spot(s) free", nullptr, m_model->spotCount()).arg(m_model->freeCount()));
}

void FloorLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuildIcons();
    if (event->type() == QEvent::LanguageChange) {
        // The kiosk switches language while running.
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const SpotState s = kAllSpotStates[i];
            m_names[i]->setText(SpotStates::name(s));
            m_names[i]->setToolTip(SpotStates::description(s));
            m_icons[i]->setToolTip(SpotStates::description(s));
        }
        setAccessibleName(tr("Legend"));
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace coworking
