#include "homepage.h"

#include "common/closuretext.h"
#include "common/messagebar.h"
#include "floor/floorlegend.h"
#include "floor/floormodel.h"
#include "kioskmapview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

HomePage::HomePage(FloorScene *scene, FloorModel *model, QWidget *parent)
    : KioskPage(parent),
      m_model(model),
      m_map(new KioskMapView(scene, this)),
      m_legend(new FloorLegend(model, this)),
      m_free(new QLabel(this)),
      m_closureLabel(new QLabel(this)),
      m_book(primaryButton(this)),
      m_checkIn(primaryButton(this))
{
    setObjectName(u"home"_s);
    setNavigation(false, false);
    body()->addWidget(m_map, 1);
    body()->addWidget(m_legend);
    m_free->setProperty("role", u"title"_s);
    m_free->setAlignment(Qt::AlignCenter);
    body()->addWidget(m_free);
    m_closureLabel->setObjectName(u"closureNotice"_s);
    m_closureLabel->setAlignment(Qt::AlignCenter);
    m_closureLabel->setWordWrap(true);
    m_closureLabel->setTextFormat(Qt::PlainText);
    m_closureLabel->hide();
    body()->addWidget(m_closureLabel);
    actions()->addWidget(m_book);
    actions()->addWidget(m_checkIn);
    connect(m_book, &QPushButton::clicked, this, &HomePage::bookRequested);
    connect(m_checkIn, &QPushButton::clicked, this, &HomePage::checkInRequested);
    connect(model, &FloorModel::countsChanged, this, &HomePage::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &HomePage::updateCount);
    retranslate();
}

void HomePage::setStale(bool stale)
{
    m_stale = stale;
    m_map->setEnabled(!stale && !isClosed());
    if (stale)
        messageBar()->showMessage(MessageBar::Kind::Warning,
                                  tr("The connection to the server is lost; the floor may be out "
                                     "of date. Reconnecting…"));
    else
        messageBar()->dismiss();
}

void HomePage::setClosure(const std::optional<Closure> &closure)
{
    m_closure = closure;
    retranslate();
}

void HomePage::updateCount()
{
    // The legend under the map says "N of M"; this says the news, large.
    if (isClosed())
        m_free->setText(tr("Closed today"));
    else
        m_free->setText(tr("%n spot(s) free now", nullptr, m_model->freeCount()));
}

void HomePage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(isClosed() ? tr("The coworking is closed today")
                                     : tr("Tap a green spot to book it"));
    m_book->setText(tr("Book a spot"));
    m_checkIn->setText(tr("Check in"));
    // Closed: nothing to book, and the map does not invite a tap.
    m_book->setVisible(!isClosed());
    m_map->setEnabled(!m_stale && !isClosed());
    QString notice;
    if (m_closure && m_closure->closedAllDay())
        notice = m_closure->reason.trimmed();
    else if (m_closure)
        notice = tr("Today's hours: %1").arg(ClosureText::hours(*m_closure, locale()))
                + (m_closure->reason.trimmed().isEmpty()
                           ? QString()
                           : u" \u2014 "_s + m_closure->reason.trimmed());
    m_closureLabel->setText(notice);
    m_closureLabel->setVisible(!notice.isEmpty());
    updateCount();
    if (m_stale)
        setStale(true);
}

} // namespace ui
} // namespace coworking
