#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QDoubleSpinBox;
class QListView;
class QTimer;
class QToolBar;
class QUndoStack;
class QUndoView;

namespace coworking {
namespace client {
class CoworkingClient;
}
namespace ui {

class FloorPlanDocument;
class FloorPlanSaver;
class FloorPlanStore;
class MessageBar;
class PlanEditorScene;
class PlanEditorView;
class SpotPropertyPanel;
class UnplacedPlanSpotsModel;
struct SaveFailure;

// The floor plan editor view (owners and admins): the plan image, spots drawn, moved, resized,
// turned, aligned, duplicated and deleted on it, their properties, the spots not yet placed, and
// the undo history. Edits stay local until Save; leaving with unsaved edits asks (maybeSave).
// A change made elsewhere meanwhile is flagged on the spot and in the panel, never overwritten.
class FloorPlanEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorPlanEditor)
public:
    explicit FloorPlanEditor(client::CoworkingClient &client, QWidget *parent = nullptr);
    // For tests and other back ends.
    explicit FloorPlanEditor(std::unique_ptr<FloorPlanStore> store, QWidget *parent = nullptr);
    ~FloorPlanEditor() override;

    // Loads the coworking's plan (asynchronously; loaded() or loadFailed() follows). Call through
    // maybeSave() first when switching away from a plan with unsaved edits.
    void setCoworking(const QString &coworkingId);
    QString coworkingId() const;

    // For the main window's Edit menu (createUndoAction / createRedoAction).
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isDirty() const;
    bool isSaving() const;
    bool isLoading() const { return m_loading; }

    // Calls `proceed(true)` when the plan may be left: nothing unsaved, the user discarded, or
    // Save succeeded; `proceed(false)` when the user cancelled or Save failed. Asks with a
    // window-modal box opened with open(): no nested event loop.
    void maybeSave(std::function<void(bool proceed)> proceed);

    FloorPlanDocument &document() const { return *m_document; }
    PlanEditorScene *scene() const { return m_scene; }
    PlanEditorView *view() const { return m_view; }
    SpotPropertyPanel *propertyPanel() const { return m_panel; }
    UnplacedPlanSpotsModel *unplacedModel() const { return m_unplaced; }
    QListView *unplacedList() const { return m_unplacedList; }
    QUndoView *historyView() const { return m_history; }
    MessageBar *messageBar() const { return m_messages; }
    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }

public slots:
    void save();
    // Drops unsaved edits and reads the plan again.
    void revert();
    // Reads the spots again and merges them: changes made elsewhere show up (and are flagged
    // where this editor has unsaved edits of the same spot). Also what a live message triggers.
    void refreshFromServer();
    void choosePlanImage();
    void replacePlanImage(const QByteArray &bytes);

signals:
    void dirtyChanged(bool dirty);
    void loaded();
    void loadFailed(const QString &message);
    // After each Save; `ok` when every change reached the server.
    void saveFinished(bool ok);

private:
    void buildUi();
    void load(bool keepMessage);
    void onSaveFinished(const QList<SaveFailure> &failures);
    void updateActions();

    std::unique_ptr<FloorPlanStore> m_store;
    FloorPlanDocument *m_document;
    QUndoStack *m_undoStack;
    FloorPlanSaver *m_saver;
    PlanEditorScene *m_scene = nullptr;
    PlanEditorView *m_view = nullptr;
    SpotPropertyPanel *m_panel = nullptr;
    UnplacedPlanSpotsModel *m_unplaced = nullptr;
    QListView *m_unplacedList = nullptr;
    QUndoView *m_history = nullptr;
    MessageBar *m_messages = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDoubleSpinBox *m_gridSize = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_draw = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QList<QAction *> m_alignActions;
    QTimer *m_refreshTimer;
    QPointer<QObject> m_watch; // the live feed, when the store has one
    QString m_coworkingId;
    bool m_loading = false;
    int m_loadGeneration = 0;
    int m_saveCount = 0;
    std::function<void(bool)> m_afterSave;
};

} // namespace ui
} // namespace coworking
