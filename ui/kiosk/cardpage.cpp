#include "cardpage.h"

#include "kioskmetrics.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

CardPage::CardPage(const QString &name, Words title, Words action, QWidget *parent)
    : KioskPage(parent),
      m_titleWords(std::move(title)),
      m_actionWords(std::move(action)),
      m_summary(new QLabel(this)),
      m_codeCaption(new QLabel(this)),
      m_code(new QLabel(this)),
      m_qr(new QLabel(this)),
      m_action(primaryButton(this))
{
    setObjectName(name);
    auto *row = new QHBoxLayout;
    auto *text = new QVBoxLayout;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->addWidget(m_summary);
    text->addSpacing(KioskMetrics::px(this, 24));
    text->addWidget(m_codeCaption);
    m_code->setProperty("role", u"code"_s);
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);
    text->addWidget(m_code);
    text->addStretch(1);
    row->addLayout(text, 1);
    m_qr->setAlignment(Qt::AlignCenter);
    row->addWidget(m_qr);
    body()->addLayout(row, 1);
    actions()->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, &CardPage::actionRequested);
    setCode({}, {});
    retranslate();
}

void CardPage::setSummary(Words summary, bool positive)
{
    m_summaryWords = std::move(summary);
    m_summary->setProperty("role", positive ? u"positive"_s : u"summary"_s);
    // A dynamic property changes the look only once the style polishes the widget again.
    m_summary->style()->unpolish(m_summary);
    m_summary->style()->polish(m_summary);
    m_summary->setText(m_summaryWords ? m_summaryWords() : QString());
}

void CardPage::setCode(const QString &code, const QImage &qr)
{
    m_code->setText(code);
    m_qr->setPixmap(QPixmap::fromImage(qr));
    m_codeCaption->setVisible(!code.isEmpty());
    m_code->setVisible(!code.isEmpty());
    m_qr->setVisible(!qr.isNull());
}

void CardPage::setBusy(bool busy)
{
    m_action->setEnabled(!busy);
}

void CardPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(m_titleWords ? m_titleWords() : QString());
    m_action->setText(m_actionWords ? m_actionWords() : QString());
    m_codeCaption->setText(tr("Your booking code:"));
    if (m_summaryWords)
        m_summary->setText(m_summaryWords());
}

} // namespace ui
} // namespace coworking
