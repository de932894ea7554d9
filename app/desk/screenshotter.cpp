#include "screenshotter.h"

#include "floor/floorpage.h"
#include "floor/floorscene.h"
#include "floor/floormodel.h"
#include "shell/desksession.h"
#include "shell/mainwindow.h"
#include "shell/signinwindow.h"

#include <QApplication>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace coworking {

Screenshotter::Screenshotter(ui::DeskSession &session, const QString &dir, const QString &lang,
                             QObject *parent)
    : QObject(parent), m_session(session), m_dir(dir), m_lang(lang)
{
    m_dir.mkpath(u"."_s);
    connect(&session, &ui::DeskSession::floorLoaded, this, [this] {
        if (!m_started) {
            m_started = true;
            // Time for the live snapshot, the floor-plan image and the first paint.
            QTimer::singleShot(2500, this, &Screenshotter::grabViews);
        }
    });
    // Never hang a script: give up after a minute whatever happened.
    QTimer::singleShot(60'000, qApp, [] {
        qWarning("screenshots: the floor did not load within a minute");
        QApplication::exit(2);
    });
}

void Screenshotter::grabSignIn()
{
    if (ui::SignInWindow *w = m_session.signInWindow(); w && w->isVisible())
        save(w, u"signin"_s);
}

void Screenshotter::grabViews()
{
    ui::MainWindow *main = m_session.mainWindow();
    if (!main)
        return QApplication::exit(2);
    // A spot with a booking selected shows the side panel at work.
    if (ui::FloorPage *floor = m_session.floorPage()) {
        ui::FloorModel *model = floor->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto state =
                    ui::SpotState(model->index(row).data(ui::FloorModel::StateRole).toInt());
            if (state == ui::SpotState::Booked || state == ui::SpotState::CheckedIn) {
                floor->selectSpot(model->index(row).data(ui::FloorModel::SpotIdRole).toString());
                break;
            }
        }
    }
    grabNext(0);
}

void Screenshotter::grabNext(int index)
{
    ui::MainWindow *main = m_session.mainWindow();
    QTabWidget *tabs = main->tabs();
    if (index >= tabs->count()) {
        // Last, the inbox popup: opened, grabbed, closed, then the end.
        tabs->setCurrentIndex(0);
        QTimer::singleShot(700, this, [this] {
            if (QWidget *popup = QApplication::activePopupWidget()) {
                save(popup, u"inbox"_s);
                popup->close();
            }
            QApplication::exit(0);
        });
        main->inboxButton()->showMenu();
        return;
    }
    if (!tabs->isTabEnabled(index))
        return grabNext(index + 1);
    tabs->setCurrentIndex(index);
    QTimer::singleShot(1500, this, [this, index] {
        ui::MainWindow *window = m_session.mainWindow();
        QWidget *view = window->tabs()->widget(index);
        save(window, view->objectName().isEmpty() ? u"view%1"_s.arg(index) : view->objectName());
        grabNext(index + 1);
    });
}

void Screenshotter::save(QWidget *widget, const QString &name)
{
    const QString path = m_dir.filePath(m_lang + u'-' + name + u".png"_s);
    if (!widget->grab().save(path))
        qWarning("screenshots: could not write %s", qPrintable(path));
}

} // namespace coworking
