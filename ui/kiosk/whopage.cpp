#include "whopage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScroller>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

WhoPage::WhoPage(QWidget *parent)
    : KioskPage(parent),
      m_search(new QLineEdit(this)),
      m_find(new QPushButton(this)),
      m_hint(new QLabel(this)),
      m_results(new QListWidget(this)),
      m_note(new QLabel(this)),
      m_new(primaryButton(this))
{
    setObjectName(u"who"_s);
    setStep(3, 4);
    m_hint->setWordWrap(true);
    body()->addWidget(m_hint);
    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_find);
    body()->addLayout(row);
    body()->addWidget(m_note);
    body()->addWidget(m_results, 1);
    // Lists scroll by dragging a finger, and select on a single tap.
    QScroller::grabGesture(m_results->viewport(), QScroller::LeftMouseButtonGesture);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    actions()->addWidget(m_new);
    connect(m_search, &QLineEdit::returnPressed, this, &WhoPage::submit);
    connect(m_find, &QPushButton::clicked, this, &WhoPage::submit);
    connect(m_new, &QPushButton::clicked, this, &WhoPage::newGuestRequested);
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int index = m_results->row(item);
        if (index >= 0 && index < m_people.size())
            emit chosen(m_people.at(index));
    });
    retranslate();
}

void WhoPage::reset()
{
    m_search->clear();
    setResults({});
    setBusy(false);
}

void WhoPage::setBusy(bool busy)
{
    m_find->setEnabled(!busy);
    m_search->setReadOnly(busy);
}

void WhoPage::setResults(const QList<User> &people, const QString &note)
{
    m_people = people;
    m_results->clear();
    for (const User &u : people)
        m_results->addItem(u.fullName + u"\n"_s + u.email);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void WhoPage::submit()
{
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty())
        emit searchRequested(text);
}

void WhoPage::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    m_search->setFocus(); // a scanner types into the focused field
}

void WhoPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(tr("Who is booking?"));
    m_hint->setText(tr("Type your name or email, or scan the code on your phone."));
    m_search->setPlaceholderText(tr("Name, email or code"));
    m_search->setAccessibleName(tr("Name, email or code"));
    m_find->setText(tr("Find"));
    m_new->setText(tr("I'm new here"));
}

} // namespace ui
} // namespace coworking
