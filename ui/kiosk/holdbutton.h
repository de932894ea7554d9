#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace coworking {
namespace ui {

// A discreet corner that acts only when pressed and held (the kiosk's way out): a ring fills while
// the finger stays down and held() fires once the hold lasts `duration`; lifting earlier cancels.
class HoldButton final : public QWidget
{
    Q_OBJECT
public:
    explicit HoldButton(QWidget *parent = nullptr);

    void setDuration(int msecs) { m_duration = msecs; }
    int duration() const { return m_duration; }
    // 0..1 while held, 0 otherwise.
    double progress() const;
    bool isHeld() const { return m_clock.isValid(); }

    QSize sizeHint() const override;

signals:
    void held();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void tick();
    void cancel();

    QElapsedTimer m_clock;
    QTimer m_ticker;
    int m_duration = 2500;
};

} // namespace ui
} // namespace coworking
