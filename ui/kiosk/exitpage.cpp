#include "exitpage.h"

#include "pinpad.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

ExitPage::ExitPage(QWidget *parent)
    : KioskPage(parent), m_pad(new PinPad(this)), m_note(new QLabel(this))
{
    setObjectName(u"exit"_s);
    setNavigation(false, true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    body()->addWidget(m_note);
    body()->addWidget(m_pad, 1, Qt::AlignCenter);
    retranslate();
}

void ExitPage::reset()
{
    m_pad->clear();
    m_pad->setKeysEnabled(true);
    setNote({}, false);
}

void ExitPage::setNote(const QString &text, bool error)
{
    m_note->setText(text.isEmpty() ? tr("Staff only: enter the PIN to leave the kiosk.") : text);
    m_note->setProperty("role", error ? u"error"_s : QString());
    m_note->style()->unpolish(m_note);
    m_note->style()->polish(m_note);
}

void ExitPage::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    m_pad->setFocus();
}

void ExitPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(tr("Leave the kiosk"));
    if (m_note->property("role").toString().isEmpty())
        setNote({}, false);
}

} // namespace ui
} // namespace coworking
