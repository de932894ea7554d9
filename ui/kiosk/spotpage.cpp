#include "spotpage.h"

#include "kioskmapview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

SpotPage::SpotPage(FloorScene *scene, QWidget *parent)
    : KioskPage(parent),
      m_map(new KioskMapView(scene, this)),
      m_choice(new QLabel(this)),
      m_any(new QPushButton(this)),
      m_next(primaryButton(this))
{
    setObjectName(u"spot"_s);
    setStep(1, 4);
    body()->addWidget(m_map, 1);
    auto *row = new QHBoxLayout;
    m_choice->setWordWrap(true);
    row->addWidget(m_choice, 1);
    row->addWidget(m_any);
    body()->addLayout(row);
    actions()->addWidget(m_next);
    m_next->setEnabled(false);
    connect(m_any, &QPushButton::clicked, this, &SpotPage::anyRequested);
    connect(m_next, &QPushButton::clicked, this, &SpotPage::nextRequested);
    retranslate();
}

void SpotPage::setChoice(const QString &text, bool canContinue)
{
    m_chosen = !text.isEmpty();
    m_choice->setText(m_chosen ? text : tr("Tap a green spot on the floor."));
    m_next->setEnabled(canContinue);
}

void SpotPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(tr("Choose a spot"));
    m_any->setText(tr("Any free spot"));
    m_next->setText(tr("Next"));
    if (!m_chosen)
        m_choice->setText(tr("Tap a green spot on the floor."));
}

} // namespace ui
} // namespace coworking
