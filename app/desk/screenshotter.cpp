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
    QTimer::singleShot(800, this, &Screenshotter::grabSignIn);
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
    if (index >= tabs->count())
        return QApplication::exit(0);
    if (!tabs->isTabEnabled(index))
        return grabNext(index + 1);
    tabs->setCurrentIndex(index);
    QTimer::singleShot(1500, this, [this, index] {
        ui::MainWindow *window = m_session.mainWindow();
        QWidget *view = window->tabs()->widget(index);
        save(window, view->objectName().isEmpty() ? u"view%1"_s.arg(index) : view->objectName());
        if (index + 1 >= window->tabs()->count()) {
            QTimer::singleShot(300, this, [this] {
                // The inbox popup: opened, grabbed with the window, closed, then the end.
                QTimer::singleShot(700, this, [this] {
                    if (QWidget *popup = QApplication::activePopupWidget()) {
                        save(popup, u"inbox"_s);
                        popup->close();
                    }
                    QApplication::exit(0);
                });
                m_session.mainWindow()->inboxButton()->showMenu();
            });
            return;
        }
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
