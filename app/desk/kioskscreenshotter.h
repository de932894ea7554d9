#pragma once

#include <QDir>
#include <QObject>
#include <QTimer>

#include <functional>

namespace coworking {
namespace ui {
class KioskWindow;
} // namespace ui

// --screenshot-dir with --kiosk: walks the kiosk through every screen on the real server (home,
// a spot chosen, durations, who, the guest form, confirm, done with the QR code, check-in, checked
// in, the exit PIN), really booking for a new guest and checking the booking in, and saves each
// as kiosk-<screen>-<lang>.png; then quits.
class KioskScreenshotter final : public QObject
{
    Q_OBJECT
public:
    KioskScreenshotter(ui::KioskWindow &window, const QString &dir, const QString &lang,
                       QObject *parent = nullptr);

private:
    struct Step
    {
        QString name; // saved as kiosk-<name>-<lang>.png once `ready` holds
        std::function<void()> act;
        std::function<bool()> ready;
    };
    void start();
    void run(int index);
    void waitFor(int index, int triesLeft);

    ui::KioskWindow &m_window;
    QDir m_dir;
    QString m_lang;
    QList<Step> m_steps;
    bool m_started = false;
};

} // namespace coworking
