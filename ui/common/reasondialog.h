#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace coworking {
namespace ui {

// Asks why (cancel a booking, ban a user, close a day): a few common reasons and free text.
// Open it with open() and read reason() on accepted(): the window never waits in a nested loop.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    // `question` says what happens ("Cancel the booking of Anna K., 14:00–16:00?"), `confirm`
    // names the button ("Cancel booking"), `presets` are offered first (may be empty).
    ReasonDialog(const QString &title, const QString &question, const QString &confirm,
                 const QStringList &presets, QWidget *parent = nullptr);

    // Required by default: the confirm button stays disabled until a reason is given.
    void setReasonRequired(bool required);
    QString reason() const;

private:
    void updateButtons();

    QLabel *m_question;
    QComboBox *m_presets;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
    bool m_required = true;
};

} // namespace ui
} // namespace coworking
