#pragma once

#include "slottimes.h"
#include "users/user.h"

#include <QDialog>
#include <QTimer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace coworking {
namespace ui {

// Book a spot for a member: find the member by name or email, pick the times of the day. The
// search itself is the caller's (it goes to the server): searchRequested() asks, setMembers()
// answers. Opened with open(); accepted() means the choice is complete.
class BookForDialog final : public QDialog
{
    Q_OBJECT
public:
    BookForDialog(const QString &spotName, const SlotDay &day, const QDateTime &from,
                  QWidget *parent = nullptr);

    void setMembers(const QList<User> &members, const QString &note = {});
    QString memberId() const;
    QString memberName() const;
    QDateTime from() const;
    QDateTime until() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }

signals:
    void searchRequested(const QString &text);

private:
    void updateButtons();

    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_note;
    QComboBox *m_from;
    QComboBox *m_until;
    QDialogButtonBox *m_buttons;
    QTimer m_debounce;
};

} // namespace ui
} // namespace coworking
