#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace coworking {
namespace ui {

// A numeric keypad for a PIN: ten digit keys, erase and OK, each a large target; the digits show
// as dots. Typed digits (a keyboard) work too. It only collects: entered() hands the PIN over.
class PinPad final : public QWidget
{
    Q_OBJECT
public:
    explicit PinPad(QWidget *parent = nullptr);

    QString pin() const { return m_pin; }
    void clear();
    void setKeysEnabled(bool enabled);
    QPushButton *digitButton(int digit) const { return m_digits[digit]; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *eraseButton() const { return m_erase; }

signals:
    void entered(const QString &pin);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void press(int digit);
    void erase();
    void submit();
    void showPin();
    void retranslate();

    QString m_pin;
    QLabel *m_dots;
    QPushButton *m_digits[10];
    QPushButton *m_erase;
    QPushButton *m_ok;
};

} // namespace ui
} // namespace coworking
