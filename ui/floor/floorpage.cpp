#include "floorpage.h"

#include "common/closuretext.h"
#include "common/messagebar.h"
#include "floorlegend.h"
#include "floormodel.h"
#include "floorscene.h"
#include "floorview.h"
#include "spotpanel.h"
#include "timecontrol.h"
#include "unplacedspotsmodel.h"

#include <QGraphicsEffect>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

FloorPage::FloorPage(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_model(new FloorModel(this)),
      m_scene(new FloorScene(this)),
      m_view(new FloorView(m_scene, this)),
      m_time(new TimeControl(clock, this)),
      m_panel(new SpotPanel(m_model, m_time, this)),
      m_legend(new FloorLegend(m_model, this)),
      m_messages(new MessageBar(this)),
      m_unplacedModel(new UnplacedSpotsModel(this)),
      m_unplaced(new QListView(this)),
      m_unplacedTitle(new QLabel(tr("Not on the map"), this)),
      m_find(new QLineEdit(this)),
      m_placeholder(new QLabel(this)),
      m_staleLabel(new QLabel(this)),
      m_closureLabel(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"floorPage"_s);
    m_scene->setModel(m_model);
    m_scene->setPalette(palette());
    m_unplacedModel->setSourceModel(m_model);
    m_unplaced->setModel(m_unplacedModel);
    m_unplaced->setAccessibleName(tr("Spots not on the map"));
    m_unplaced->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unplaced->setMaximumHeight(160);
    m_unplacedTitle->setBuddy(m_unplaced);
    m_find->setPlaceholderText(tr("Find a spot by name"));
    m_find->setAccessibleName(tr("Find a spot"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findSpot(m_find->text()); });
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_staleLabel->setText(tr("The live connection is down: what the map shows may be out of "
                             "date."));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->hide();
    m_closureLabel->setObjectName(u"closureNotice"_s);
    m_closureLabel->setWordWrap(true);
    m_closureLabel->setTextFormat(Qt::PlainText);
    m_closureLabel->setFrameShape(QFrame::StyledPanel);
    m_closureLabel->setMargin(6);
    m_closureLabel->setAutoFillBackground(true);
    m_closureLabel->setBackgroundRole(QPalette::AlternateBase);
    QFont strong = m_closureLabel->font();
    strong.setBold(true);
    m_closureLabel->setFont(strong);
    m_closureLabel->hide();

    auto *mapArea = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    auto *stackHost = new QWidget(mapArea);
    auto *stack = new QStackedLayout(stackHost);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_view);
    m_placeholder->hide();
    mapLayout->addWidget(m_time);
    mapLayout->addWidget(m_staleLabel);
    mapLayout->addWidget(m_closureLabel);
    mapLayout->addWidget(stackHost, 1);
    mapLayout->addWidget(m_legend);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_find);
    sideLayout->addWidget(m_panel, 1);
    sideLayout->addWidget(m_unplacedTitle);
    sideLayout->addWidget(m_unplaced);

    m_splitter->setObjectName(u"floorSplitter"_s);
    m_splitter->addWidget(mapArea);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 1000, 340 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);

    connect(m_scene, &FloorScene::selectedSpotChanged, m_panel, &SpotPanel::setSpot);
    connect(m_unplaced->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    const QString id = current.data(FloorModel::SpotIdRole).toString();
                    m_scene->selectSpot({});
                    m_panel->setSpot(id);
                }
            });
    connect(m_time, &TimeControl::momentChanged, m_model, &FloorModel::setMoment);
    connect(m_time, &TimeControl::closureChanged, this, &FloorPage::showClosure);
    connect(m_model, &FloorModel::countsChanged, this, [this] {
        m_unplacedTitle->setVisible(m_unplacedModel->rowCount() > 0);
        m_unplaced->setVisible(m_unplacedModel->rowCount() > 0);
    });
    m_model->setMoment(m_time->moment());
}

void FloorPage::find()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FloorPage::findSpot(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return;
    // An exact name first ("A1" must not pick "A10"), then the first name containing the text.
    for (const bool exact : { true, false }) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString name = m_model->index(row).data().toString();
            if (exact ? name.compare(wanted, Qt::CaseInsensitive) == 0
                      : name.contains(wanted, Qt::CaseInsensitive)) {
                selectSpot(m_model->index(row).data(FloorModel::SpotIdRole).toString());
                m_view->setFocus();
                return;
            }
        }
    }
    m_messages->showInfo(tr("No spot is named like \"%1\".").arg(wanted));
}

void FloorPage::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    m_view->setVisible(text.isEmpty());
}

void FloorPage::setStale(bool stale)
{
    m_stale = stale;
    m_staleLabel->setVisible(stale);
    dimMap();
}

QString FloorPage::closureNotice() const
{
    return m_closureLabel->isHidden() ? QString() : m_closureLabel->text();
}

void FloorPage::showClosure()
{
    const std::optional<Closure> closure = m_time->closureOn(m_time->day());
    QString text;
    if (closure) {
        text = ClosureText::notice(*closure, m_model->zone().locale());
        if (closure->closedAllDay())
            text = tr("%1. Nothing can be booked on this day.", "the closure's notice")
                           .arg(text.endsWith(u'.') ? text.chopped(1) : text);
    }
    m_model->setClosed(m_time->isClosed());
    m_closureLabel->setText(text);
    m_closureLabel->setVisible(!text.isEmpty());
    dimMap();
}

void FloorPage::dimMap()
{
    // A stale map and a closed day are both not what one books from.
    if (m_stale || m_time->isClosed()) {
        auto *dim = new QGraphicsOpacityEffect(m_view);
        dim->setOpacity(0.55);
        m_view->setGraphicsEffect(dim);
    } else {
        m_view->setGraphicsEffect(nullptr);
    }
}

void FloorPage::selectSpot(const QString &spotId)
{
    m_scene->selectSpot(spotId);
    if (m_scene->selectedSpotId() != spotId)
        m_panel->setSpot(spotId); // not on the map
}

} // namespace ui
} // namespace coworking
