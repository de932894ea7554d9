#include "pinpad.h"

#include "exitpin.h"
#include "kioskmetrics.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

PinPad::PinPad(QWidget *parent)
    : QWidget(parent),
      m_dots(new QLabel(this)),
      m_erase(new QPushButton(this)),
      m_ok(new QPushButton(this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto *grid = new QGridLayout(this);
    const int key = KioskMetrics::px(this, 80);
    grid->setSpacing(KioskMetrics::px(this, 12));
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setProperty("role", u"code"_s);
    m_dots->setMinimumHeight(KioskMetrics::px(this, KioskMetrics::kPrimary));
    grid->addWidget(m_dots, 0, 0, 1, 3);
    for (int d = 0; d <= 9; ++d) {
        m_digits[d] = new QPushButton(QString::number(d), this);
        m_digits[d]->setFixedSize(key, key);
        m_digits[d]->setFocusPolicy(Qt::NoFocus);
        connect(m_digits[d], &QPushButton::clicked, this, [this, d] { press(d); });
        if (d > 0)
            grid->addWidget(m_digits[d], 1 + (d - 1) / 3, (d - 1) % 3);
    }
    grid->addWidget(m_erase, 4, 0);
    grid->addWidget(m_digits[0], 4, 1);
    grid->addWidget(m_ok, 4, 2);
    for (QPushButton *b : { m_erase, m_ok }) {
        b->setFixedSize(key, key);
        b->setFocusPolicy(Qt::NoFocus);
    }
    // Square keys: the kiosk's sheet would make them only as tall as any other button.
    setStyleSheet(u"QPushButton { min-width: %1px; max-width: %1px; min-height: %1px; "
                  "max-height: %1px; font-size: 24pt; }"_s.arg(key));
    connect(m_erase, &QPushButton::clicked, this, &PinPad::erase);
    connect(m_ok, &QPushButton::clicked, this, &PinPad::submit);
    retranslate();
    showPin();
}

void PinPad::clear()
{
    m_pin.clear();
    showPin();
}

void PinPad::setKeysEnabled(bool enabled)
{
    for (QPushButton *b : m_digits)
        b->setEnabled(enabled);
    m_erase->setEnabled(enabled);
    m_ok->setEnabled(enabled && ExitPin::isValid(m_pin));
}

void PinPad::press(int digit)
{
    if (m_pin.size() >= ExitPin::kMaxDigits)
        return;
    m_pin += QChar(u'0' + digit);
    showPin();
}

void PinPad::erase()
{
    m_pin.chop(1);
    showPin();
}

void PinPad::submit()
{
    if (ExitPin::isValid(m_pin))
        emit entered(m_pin);
}

void PinPad::showPin()
{
    // One dot per digit; a dash keeps the line's height while empty.
    m_dots->setText(m_pin.isEmpty() ? u"–"_s : QString(m_pin.size(), QChar(0x25CF)));
    m_ok->setEnabled(m_digits[0]->isEnabled() && ExitPin::isValid(m_pin));
}

void PinPad::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && m_digits[0]->isEnabled())
        press(text.at(0).digitValue());
    else if (event->key() == Qt::Key_Backspace)
        erase();
    else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        submit();
    else
        QWidget::keyPressEvent(event);
}

void PinPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinPad::retranslate()
{
    m_erase->setText(tr("⌫"));
    m_erase->setAccessibleName(tr("Erase"));
    m_ok->setText(tr("OK"));
    m_dots->setAccessibleName(tr("PIN"));
}

} // namespace ui
} // namespace coworking
