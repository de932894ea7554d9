#pragma once

#include "kioskpage.h"
#include "users/user.h"

#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace coworking {
namespace ui {

// Walk-in step 3: who books. The field takes a name or an email, and is where a USB scanner types
// the code shown on a member's phone (it ends with Enter); the people found are large rows, one
// tap chooses. "I'm new" opens the guest form.
class WhoPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit WhoPage(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QPushButton *findButton() const { return m_find; }
    QListWidget *results() const { return m_results; }
    QPushButton *newButton() const { return m_new; }
    void reset();
    void setBusy(bool busy);
    // The people found; `note` says why there are none, or is empty.
    void setResults(const QList<User> &people, const QString &note = {});

signals:
    void searchRequested(const QString &text);
    void chosen(const coworking::User &user);
    void newGuestRequested();

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void submit();

    QLineEdit *m_search;
    QPushButton *m_find;
    QLabel *m_hint;
    QListWidget *m_results;
    QLabel *m_note;
    QPushButton *m_new;
    QList<User> m_people;
};

} // namespace ui
} // namespace coworking
