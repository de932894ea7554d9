#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace coworking {
namespace ui {

// The line at the top of a view that tells the outcome of an action, in words, with at most one
// action button ("Retry", "Book A8"). Never a modal box for something the user can retry.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text`; an `actionText` adds a button that calls `action` (and closes the bar).
    void showMessage(Kind kind, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void showPositive(const QString &text) { showMessage(Kind::Positive, text); }
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    Kind kind() const { return m_kind; }
    QString text() const;
    // The action button (hidden when none), for keyboard focus and tests.
    QPushButton *actionButton() const { return m_action; }

public slots:
    void dismiss();

signals:
    void dismissed();

private:
    void applyColours();
    void changeEvent(QEvent *event) override;

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
    std::function<void()> m_callback;
};

} // namespace ui
} // namespace coworking
