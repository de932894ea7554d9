#include "kioskpage.h"

#include "common/messagebar.h"
#include "kioskmetrics.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

KioskPage::KioskPage(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_step(new QLabel(this)),
      m_body(new QVBoxLayout),
      m_messages(new MessageBar(this)),
      m_actions(new QHBoxLayout),
      m_back(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    const int gap = KioskMetrics::px(this, 16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap, gap * 2, gap);
    layout->setSpacing(gap);
    auto *head = new QHBoxLayout;
    m_title->setProperty("role", u"title"_s);
    m_title->setWordWrap(true);
    head->addWidget(m_title, 1);
    head->addWidget(m_step);
    layout->addLayout(head);
    layout->addWidget(m_messages);
    layout->addLayout(m_body, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(gap);
    bottom->addWidget(m_back);
    bottom->addStretch(1);
    bottom->addLayout(m_actions);
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);
    for (QPushButton *b : { m_back, m_cancel })
        b->setMinimumWidth(KioskMetrics::px(this, 160));
    connect(m_back, &QPushButton::clicked, this, &KioskPage::backRequested);
    connect(m_cancel, &QPushButton::clicked, this, &KioskPage::cancelRequested);
    m_step->hide();
    KioskPage::retranslate();
}

QPushButton *KioskPage::primaryButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setProperty("primary", true);
    return button;
}

void KioskPage::setStep(int step, int of)
{
    m_stepNumber = step;
    m_steps = of;
    m_step->setVisible(of > 0);
    retranslate();
}

void KioskPage::setNavigation(bool back, bool cancel)
{
    m_back->setVisible(back);
    m_cancel->setVisible(cancel);
}

void KioskPage::retranslate()
{
    m_back->setText(tr("Back"));
    m_cancel->setText(tr("Cancel"));
    m_step->setText(tr("Step %1 of %2").arg(m_stepNumber).arg(m_steps));
}

void KioskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ui
} // namespace coworking
