#pragma once

#include "kioskpage.h"

#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace coworking {
namespace ui {

// Check-in: a large code field, focused (a USB scanner types the booking's code into it and ends
// with Enter), or a name to find the person's bookings of today; the bookings found are large
// rows, one tap selects, "Check in" checks the selected one in.
class CheckInPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit CheckInPage(QWidget *parent = nullptr);

    QLineEdit *codeField() const { return m_code; }
    QPushButton *findCodeButton() const { return m_findCode; }
    QLineEdit *nameField() const { return m_name; }
    QPushButton *findNameButton() const { return m_findName; }
    QListWidget *results() const { return m_results; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *checkInButton() const { return m_checkIn; }
    void reset();
    void setBusy(bool busy);
    // One line per booking found (selecting the first); `note` says why there are none.
    void setResults(const QStringList &lines, const QString &note = {});
    int selectedRow() const;

signals:
    void codeEntered(const QString &code);
    void nameEntered(const QString &name);
    void checkInRequested(int row);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void updateButton();

    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QPushButton *m_findCode;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QPushButton *m_findName;
    QLabel *m_note;
    QListWidget *m_results;
    QPushButton *m_checkIn;
    bool m_busy = false;
};

} // namespace ui
} // namespace coworking
