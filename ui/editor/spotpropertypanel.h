#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace coworking {
namespace ui {

class FloorPlanDocument;

// Name, description and the active flag of the selected spots (name and description for one spot
// at a time), where the spot sits, whether it is saved, and, when it was changed elsewhere
// meanwhile, the server's version with "Keep mine" and "Take theirs".
class SpotPropertyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotPropertyPanel)
public:
    SpotPropertyPanel(FloorPlanDocument &document, QUndoStack &undoStack,
                      QWidget *parent = nullptr);

    void setKeys(const QStringList &keys);
    QStringList keys() const { return m_keys; }

private:
    void refresh();
    void commitName();
    void commitDescription();
    void commitActive(bool active);

    FloorPlanDocument &m_document;
    QUndoStack &m_undoStack;
    QStringList m_keys;
    QLabel *m_title;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QCheckBox *m_active;
    QLabel *m_geometry;
    QLabel *m_state;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
};

} // namespace ui
} // namespace coworking
