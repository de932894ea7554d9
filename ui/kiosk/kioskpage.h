#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace coworking {
namespace ui {

class MessageBar;

// One screen of the kiosk, one task each: a title with the step ("2 of 4") on the right, the
// page's own content, a message bar for outcomes in words, and Back and Cancel always in the same
// places at the bottom. Pages retranslate themselves when the language changes.
class KioskPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskPage(QWidget *parent = nullptr);

    // 0 of 0 hides the step.
    void setStep(int step, int of);
    void setNavigation(bool back, bool cancel);
    QLabel *titleLabel() const { return m_title; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *cancelButton() const { return m_cancel; }
    MessageBar *messageBar() const { return m_messages; }

signals:
    void backRequested();
    void cancelRequested();

protected:
    QVBoxLayout *body() const { return m_body; }
    // Buttons beside Back and Cancel (between them): a page's main action.
    QHBoxLayout *actions() const { return m_actions; }
    // Sets every visible text; subclasses set theirs and call this.
    virtual void retranslate();
    void changeEvent(QEvent *event) override;
    static QPushButton *primaryButton(QWidget *parent);

private:
    QLabel *m_title;
    QLabel *m_step;
    QVBoxLayout *m_body;
    MessageBar *m_messages;
    QHBoxLayout *m_actions;
    QPushButton *m_back;
    QPushButton *m_cancel;
    int m_stepNumber = 0;
    int m_steps = 0;
};

} // namespace ui
} // namespace coworking
