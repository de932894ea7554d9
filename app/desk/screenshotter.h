#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>

namespace coworking {
namespace ui {
class DeskSession;
class FirstStartWizard;
class MainWindow;
} // namespace ui

// --screenshot-dir: saves a grab of the sign-in window, then of each enabled view once the floor
// has loaded (and a moment for the live snapshot and the floor plan), then quits. The files are
// named <lang>-<view object name>.png.
class Screenshotter final : public QObject
{
    Q_OBJECT
public:
    Screenshotter(ui::DeskSession &session, const QString &dir, const QString &lang,
                  QObject *parent = nullptr);

    void grabSignIn();
    // The first start of an empty one-PC site: each page of the wizard filled in as a person
    // would, then the desk it opens.
    void grabWizard(ui::FirstStartWizard &wizard);

private:
    void grabViews();
    void grabNext(int index);
    void save(QWidget *widget, const QString &name);

    ui::DeskSession &m_session;
    QDir m_dir;
    QString m_lang;
    bool m_started = false;
};

} // namespace coworking
