#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        auto callback = std::move(m_callback);
        dismiss();
        if (callback)
            callback();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText,
                             std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    setAccessibleName(text);
    applyColours();
    show();
}

QString MessageBar::text() const
{
    return isVisible() || !isHidden() ? m_text->text() : QString();
}

void MessageBar::dismiss()
{
    m_callback = nullptr;
    m_text->clear();
    hide();
    emit dismissed();
}

void MessageBar::applyColours()
{
    // Tinted towards the kind's colour from the palette's own base, so dark themes stay dark.
    QColor tint;
    switch (m_kind) {
    case Kind::Info:
        tint = QColor(0x15, 0x65, 0xc0);
        break;
    case Kind::Positive:
        tint = QColor(0x2e, 0x7d, 0x32);
        break;
    case Kind::Warning:
        tint = QColor(0xf9, 0xa8, 0x25);
        break;
    case Kind::Error:
        tint = QColor(0xc6, 0x28, 0x28);
        break;
    }
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : palette().color(QPalette::Window);
    QColor mixed;
    mixed.setRgbF(base.redF() * 0.8f + tint.redF() * 0.2f,
                  base.greenF() * 0.8f + tint.greenF() * 0.2f,
                  base.blueF() * 0.8f + tint.blueF() * 0.2f);
    QPalette p = palette();
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !signalsBlocked()) {
        // setPalette in applyColours sends PaletteChange too: only a theme change re-tints.
        const QSignalBlocker block(this);
        if (!isHidden())
            applyColours();
    }
    QFrame::changeEvent(event);
}

} // namespace ui
} // namespace coworking
