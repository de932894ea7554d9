#pragma once

#include "kioskpage.h"

class QLabel;

namespace coworking {
namespace ui {

class PinPad;

// Leaving the kiosk: the staff PIN on a keypad; a wrong one is said so, and after too many the
// pad waits before it takes another.
class ExitPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit ExitPage(QWidget *parent = nullptr);

    PinPad *pad() const { return m_pad; }
    QLabel *noteLabel() const { return m_note; }
    void reset();
    void setNote(const QString &text, bool error);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    PinPad *m_pad;
    QLabel *m_note;
};

} // namespace ui
} // namespace coworking
