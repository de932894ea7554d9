#include "floorplaneditor.h"

#include "common/messagebar.h"
#include "common/unsavedchanges.h"
#include "floorplandocument.h"
#include "floorplansaver.h"
#include "floorplanstore.h"
#include "planeditorscene.h"
#include "planeditorview.h"
#include "replaceplanimagecommand.h"
#include "spotpropertypanel.h"
#include "unplacedplanspotsmodel.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

constexpr qint64 kMaxImageBytes = 10 * 1024 * 1024; // the server's upload limit

QIcon themed(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name));
}

// `widget` under a label that names it (and moves the focus to it by its mnemonic).
QWidget *labelled(const QString &label, QWidget *widget, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(label, box);
    title->setBuddy(widget);
    layout->addWidget(title);
    layout->addWidget(widget);
    return box;
}

} // namespace

FloorPlanEditor::FloorPlanEditor(std::unique_ptr<FloorPlanStore> store, QWidget *parent)
    : QWidget(parent),
      m_store(std::move(store)),
      m_document(new FloorPlanDocument(this)),
      m_undoStack(new QUndoStack(this)),
      m_saver(new FloorPlanSaver(*m_document, *m_store, this)),
      m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Floor plan[*]"));
    buildUi();
    // Live messages come in bursts; one read of the spots answers a burst.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_coworkingId.isEmpty() || m_loading)
            return;
        if (m_saver->isRunning()) {
            // Spots being created are on the server but not yet known here by id.
            m_refreshTimer->start();
            return;
        }
        // A list read before a Save finished would take the spots it created for deleted ones.
        m_store->loadSpots(
                m_coworkingId, this,
                [this, saves = m_saveCount, loads = m_loadGeneration](StoreResult<QList<Spot>> r) {
                    if (r.ok() && saves == m_saveCount && loads == m_loadGeneration
                        && !m_saver->isRunning())
                        m_document->mergeServerSpots(*r.value, true);
                });
    });
    connect(m_document, &FloorPlanDocument::dirtyChanged, this, [this](bool dirty) {
        setWindowModified(dirty);
        updateActions();
        emit dirtyChanged(dirty);
    });
    connect(m_saver, &FloorPlanSaver::finished, this, &FloorPlanEditor::onSaveFinished);
    updateActions();
}

FloorPlanEditor::~FloorPlanEditor() = default;

void FloorPlanEditor::buildUi()
{
    m_scene = new PlanEditorScene(*m_document, *m_undoStack, this);
    m_view = new PlanEditorView(m_scene, this);
    m_panel = new SpotPropertyPanel(*m_document, *m_undoStack, this);
    m_unplaced = new UnplacedPlanSpotsModel(*m_document, this);
    m_messages = new MessageBar(this);
    m_history = new QUndoView(m_undoStack, this);
    m_history->setEmptyLabel(tr("Plan as loaded"));
    m_history->setAccessibleName(tr("Edit history"));

    m_unplacedList = new QListView(this);
    m_unplacedList->setModel(m_unplaced);
    m_unplacedList->setDragEnabled(true);
    m_unplacedList->setDragDropMode(QAbstractItemView::DragOnly);
    m_unplacedList->setAccessibleName(tr("Spots not on the plan"));
    m_unplacedList->setToolTip(
            tr("Drag a spot onto the plan, or double-click it to place it in the middle."));
    connect(m_unplacedList, &QListView::activated, this, [this](const QModelIndex &index) {
        m_scene->placeSpot(m_unplaced->keyAt(index.row()),
                           m_view->mapToScene(m_view->viewport()->rect().center()));
    });

    m_toolBar = new QToolBar(tr("Floor plan"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_save = m_toolBar->addAction(themed("document-save"), tr("&Save"), this,
                                  &FloorPlanEditor::save);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revert = m_toolBar->addAction(themed("document-revert"), tr("Re&vert"), this,
                                    &FloorPlanEditor::revert);
    m_revert->setToolTip(tr("Drop the unsaved edits and load the saved plan"));
    m_toolBar->addSeparator();
    QAction *image = m_toolBar->addAction(themed("insert-image"), tr("Plan &image…"), this,
                                          &FloorPlanEditor::choosePlanImage);
    image->setToolTip(tr("Upload or replace the floor-plan image (PNG, JPEG or WebP)"));
    m_draw = m_toolBar->addAction(themed("draw-rectangle"), tr("&Draw spots"));
    m_draw->setCheckable(true);
    m_draw->setShortcut(Qt::Key_R);
    m_draw->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_draw->setToolTip(tr("Drag a rectangle on the plan to add a spot (R)"));
    connect(m_draw, &QAction::toggled, this, [this](bool on) {
        m_scene->setTool(on ? PlanEditorScene::Tool::Draw : PlanEditorScene::Tool::Select);
        m_view->viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    });
    m_duplicate = m_toolBar->addAction(themed("edit-copy"), tr("D&uplicate"), m_scene,
                                       &PlanEditorScene::duplicateSelection);
    m_duplicate->setShortcut(Qt::CTRL | Qt::Key_D);
    m_duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete = m_toolBar->addAction(themed("edit-delete"), tr("De&lete"), m_scene,
                                    &PlanEditorScene::deleteSelection);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *alignMenu = new QMenu(tr("Align"), this);
    const std::pair<Alignment, QString> alignments[] = {
        { Alignment::Left, tr("Align &left edges") },
        { Alignment::Right, tr("Align &right edges") },
        { Alignment::Top, tr("Align &top edges") },
        { Alignment::Bottom, tr("Align &bottom edges") },
        { Alignment::HorizontalCentre, tr("Centre &horizontally") },
        { Alignment::VerticalCentre, tr("Centre &vertically") },
    };
    for (const auto &[alignment, text] : alignments) {
        m_alignActions.append(alignMenu->addAction(
                text, this, [this, a = alignment] { m_scene->alignSelection(a); }));
    }
    auto *alignButton = new QToolButton(this);
    alignButton->setText(tr("&Align"));
    alignButton->setIcon(themed("align-horizontal-left"));
    alignButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    alignButton->setMenu(alignMenu);
    alignButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(alignButton);
    m_toolBar->addSeparator();
    QAction *snap = m_toolBar->addAction(tr("S&nap to grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &PlanEditorScene::setSnapToGrid);
    m_gridSize = new QDoubleSpinBox(this);
    m_gridSize->setRange(1, 200);
    m_gridSize->setDecimals(0);
    m_gridSize->setValue(m_scene->gridSize());
    m_gridSize->setSuffix(tr(" px"));
    m_gridSize->setAccessibleName(tr("Grid size"));
    m_gridSize->setToolTip(tr("Grid size, in pixels of the plan image"));
    connect(m_gridSize, &QDoubleSpinBox::valueChanged, m_scene, &PlanEditorScene::setGridSize);
    connect(snap, &QAction::toggled, m_gridSize, &QWidget::setEnabled);
    m_toolBar->addWidget(m_gridSize);
    m_toolBar->addSeparator();
    QAction *fit = m_toolBar->addAction(themed("zoom-fit-best"), tr("&Fit"), m_view,
                                        &PlanEditorView::fitPlan);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // Shortcuts work wherever the focus is inside the editor, not only in the tool bar.
    addActions({ m_save, m_draw, m_duplicate, m_delete, fit });

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_panel->setKeys(m_scene->selectedKeys());
        updateActions();
    });
    connect(m_scene, &PlanEditorScene::toolChanged, this, [this](PlanEditorScene::Tool tool) {
        m_draw->setChecked(tool == PlanEditorScene::Tool::Draw);
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_panel);
    right->addWidget(labelled(tr("&History:"), m_history, right));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"floorPlanEditorSplitter"_s);
    auto *unplacedBox = labelled(tr("&Not on the plan:"), m_unplacedList, split);
    auto *unplacedHint = new QLabel(unplacedBox);
    unplacedHint->setWordWrap(true);
    unplacedBox->layout()->addWidget(unplacedHint);
    const auto updateHint = [this, unplacedHint] {
        unplacedHint->setText(m_unplaced->rowCount() == 0
                                      ? tr("Every spot is on the plan.")
                                      : tr("Drag a spot onto the plan, or double-click it."));
    };
    connect(m_unplaced, &QAbstractItemModel::rowsInserted, unplacedHint, updateHint);
    connect(m_unplaced, &QAbstractItemModel::rowsRemoved, unplacedHint, updateHint);
    connect(m_unplaced, &QAbstractItemModel::modelReset, unplacedHint, updateHint);
    updateHint();
    split->addWidget(unplacedBox);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({ 160, 700, 260 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);
}

void FloorPlanEditor::updateActions()
{
    const int selected = int(m_scene->selectedKeys().size());
    m_save->setEnabled(m_document->isDirty() && !m_saver->isRunning() && !m_loading);
    m_revert->setEnabled(m_document->isDirty() && !m_saver->isRunning() && !m_loading);
    m_duplicate->setEnabled(selected > 0);
    m_delete->setEnabled(selected > 0);
    for (QAction *a : std::as_const(m_alignActions))
        a->setEnabled(selected > 1);
}

void FloorPlanEditor::setCoworking(const QString &coworkingId)
{
    if (coworkingId == m_coworkingId && !m_coworkingId.isEmpty())
        return;
    m_coworkingId = coworkingId;
    delete m_watch;
    if (!coworkingId.isEmpty())
        m_watch = m_store->watchSpots(coworkingId, this, [this] { refreshFromServer(); });
    load(false);
}

QString FloorPlanEditor::coworkingId() const
{
    return m_coworkingId;
}

bool FloorPlanEditor::isDirty() const
{
    return m_document->isDirty();
}

bool FloorPlanEditor::isSaving() const
{
    return m_saver->isRunning();
}

void FloorPlanEditor::load(bool keepMessage)
{
    m_undoStack->clear();
    m_document->clear();
    if (!keepMessage)
        m_messages->dismiss();
    if (m_coworkingId.isEmpty())
        return;
    m_loading = true;
    updateActions();
    const int generation = ++m_loadGeneration;
    m_store->loadPlan(m_coworkingId, this, [this, generation](StoreResult<PlanData> r) {
        if (generation != m_loadGeneration)
            return; // another coworking was chosen meanwhile
        m_loading = false;
        if (!r.ok()) {
            m_messages->showMessage(MessageBar::Kind::Error,
                                    tr("Could not load the floor plan: %1").arg(r.error),
                                    tr("Retry"), [this] { load(false); });
            updateActions();
            emit loadFailed(r.error);
            return;
        }
        m_document->load(m_coworkingId, r.value->spots, r.value->image);
        m_undoStack->setClean();
        updateActions();
        QTimer::singleShot(0, m_view, &PlanEditorView::fitPlan);
        emit loaded();
    });
}

void FloorPlanEditor::save()
{
    if (m_saver->isRunning() || m_loading || !m_document->isDirty())
        return;
    ++m_saveCount;
    m_messages->showInfo(tr("Saving…"));
    m_saver->start();
    updateActions();
}

void FloorPlanEditor::onSaveFinished(const QList<SaveFailure> &failures)
{
    updateActions();
    const bool ok = failures.isEmpty();
    if (ok) {
        m_messages->showPositive(tr("Floor plan saved."));
    } else {
        QStringList lines;
        for (const SaveFailure &f : failures)
            lines.append(f.name.isEmpty() ? f.message : tr("%1: %2").arg(f.name, f.message));
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("%n change(s) not saved. %1", nullptr, int(failures.size()))
                                        .arg(lines.join(u"; "_s)),
                                tr("Try again"), [this] { save(); });
    }
    emit saveFinished(ok);
    if (auto after = std::exchange(m_afterSave, {}))
        after(ok);
}

void FloorPlanEditor::revert()
{
    load(false);
}

void FloorPlanEditor::refreshFromServer()
{
    m_refreshTimer->start();
}

void FloorPlanEditor::maybeSave(std::function<void(bool)> proceed)
{
    if (!m_document->isDirty()) {
        QTimer::singleShot(0, this, [proceed] { proceed(true); });
        return;
    }
    QPointer<FloorPlanEditor> self(this);
    UnsavedChanges::ask(
            this, tr("Unsaved floor plan"), tr("The floor plan has unsaved changes. Save them?"),
            [self](std::function<void(bool)> saved) {
                if (!self)
                    return saved(false);
                self->m_afterSave = std::move(saved);
                self->save();
                if (!self->m_saver->isRunning())
                    std::exchange(self->m_afterSave, {})(false);
            },
            [self] {
                if (self)
                    self->load(false); // the saved plan again, should the user stay
            },
            std::move(proceed));
}

void FloorPlanEditor::choosePlanImage()
{
    auto *dialog = new QFileDialog(this, tr("Choose the floor-plan image"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (*.png *.jpg *.jpeg *.webp)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (file.size() > kMaxImageBytes) {
            m_messages->showError(
                    tr("%1 is larger than 10 MiB; the server takes at most 10 MiB.").arg(path));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_messages->showError(tr("Could not read %1: %2").arg(path, file.errorString()));
            return;
        }
        replacePlanImage(file.readAll());
    });
    dialog->open();
}

void FloorPlanEditor::replacePlanImage(const QByteArray &bytes)
{
    if (QImage::fromData(bytes).isNull()) {
        m_messages->showError(tr("That file is not an image this program can read."));
        return;
    }
    m_undoStack->push(new ReplacePlanImageCommand(*m_document, bytes));
    m_view->fitPlan();
    m_messages->showInfo(tr("New plan image: it is uploaded on Save."));
}

} // namespace ui
} // namespace coworking
