#include "checkinpage.h"

#include "kioskmetrics.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScroller>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

CheckInPage::CheckInPage(QWidget *parent)
    : KioskPage(parent),
      m_codeLabel(new QLabel(this)),
      m_code(new QLineEdit(this)),
      m_findCode(new QPushButton(this)),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_findName(new QPushButton(this)),
      m_note(new QLabel(this)),
      m_results(new QListWidget(this)),
      m_checkIn(primaryButton(this))
{
    setObjectName(u"checkin"_s);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(KioskMetrics::px(this, 16));
    m_codeLabel->setBuddy(m_code);
    m_nameLabel->setBuddy(m_name);
    m_code->setProperty("role", u"code"_s);
    m_code->setMaxLength(20);
    grid->addWidget(m_codeLabel, 0, 0, 1, 2);
    grid->addWidget(m_code, 1, 0);
    grid->addWidget(m_findCode, 1, 1);
    grid->addWidget(m_nameLabel, 2, 0, 1, 2);
    grid->addWidget(m_name, 3, 0);
    grid->addWidget(m_findName, 3, 1);
    grid->setColumnStretch(0, 1);
    body()->addLayout(grid);
    m_note->setWordWrap(true);
    body()->addWidget(m_note);
    body()->addWidget(m_results, 1);
    QScroller::grabGesture(m_results->viewport(), QScroller::LeftMouseButtonGesture);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    actions()->addWidget(m_checkIn);
    const auto submitCode = [this] {
        if (!m_code->text().trimmed().isEmpty())
            emit codeEntered(m_code->text().trimmed());
    };
    const auto submitName = [this] {
        if (!m_name->text().trimmed().isEmpty())
            emit nameEntered(m_name->text().trimmed());
    };
    connect(m_code, &QLineEdit::returnPressed, this, submitCode);
    connect(m_findCode, &QPushButton::clicked, this, submitCode);
    connect(m_name, &QLineEdit::returnPressed, this, submitName);
    connect(m_findName, &QPushButton::clicked, this, submitName);
    connect(m_results, &QListWidget::currentRowChanged, this, &CheckInPage::updateButton);
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (selectedRow() >= 0)
            emit checkInRequested(selectedRow());
    });
    retranslate();
    reset();
}

void CheckInPage::reset()
{
    m_code->clear();
    m_name->clear();
    setResults({});
    setBusy(false);
}

void CheckInPage::setBusy(bool busy)
{
    m_busy = busy;
    m_findCode->setEnabled(!busy);
    m_findName->setEnabled(!busy);
    updateButton();
}

void CheckInPage::setResults(const QStringList &lines, const QString &note)
{
    m_results->clear();
    m_results->addItems(lines);
    if (!lines.isEmpty())
        m_results->setCurrentRow(0);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    updateButton();
}

int CheckInPage::selectedRow() const
{
    return m_results->currentRow();
}

void CheckInPage::updateButton()
{
    m_checkIn->setEnabled(!m_busy && selectedRow() >= 0);
}

void CheckInPage::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    m_code->setFocus();
}

void CheckInPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(tr("Check in"));
    m_codeLabel->setText(tr("Scan or type your booking code"));
    m_code->setAccessibleName(tr("Booking code"));
    m_findCode->setText(tr("Find"));
    m_nameLabel->setText(tr("…or find your booking by name"));
    m_name->setAccessibleName(tr("Name"));
    m_findName->setText(tr("Find"));
    m_checkIn->setText(tr("Check in"));
}

} // namespace ui
} // namespace coworking
