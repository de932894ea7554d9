#include "screenshotter.h"

#include "floor/floorpage.h"
#include "floor/floorscene.h"
#include "floor/floormodel.h"
#include "shell/desksession.h"
#include "shell/mainwindow.h"
#include "shell/firststartwizard.h"
#include "shell/signinwindow.h"
#include "settings/timezonepicker.h"

#include <QApplication>
#include <QLineEdit>
#include <QTimeEdit>
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

void Screenshotter::grabWizard(ui::FirstStartWizard &wizard)
{
    const bool russian = m_lang == u"ru";
    QPointer<ui::FirstStartWizard> w(&wizard);
    const auto later = [this](int ms, std::function<void()> step) {
        QTimer::singleShot(ms, this, std::move(step));
    };
    later(700, [=, this] {
        save(w, u"first-start-welcome"_s);
        w->next();
        w->fullNameEdit()->setText(russian ? u"Ольга Петрова"_s : u"Olga Peterson"_s);
        w->emailEdit()->setText(u"olga@harbour.example"_s);
        w->passwordEdit()->setText(u"harbour-admin-1"_s);
        w->repeatEdit()->setText(u"harbour-admin-1"_s);
        later(500, [=, this] {
            save(w, u"first-start-admin"_s);
            w->next();
            w->coworkingNameEdit()->setText(russian ? u"Гавань"_s : u"Harbour Loft"_s);
            w->addressEdit()->setText(russian ? u"Москва, Причальный проезд, 8"_s
                                              : u"8 Quay Street, Bristol"_s);
            w->timeZonePicker()->setZoneId(russian ? u"Europe/Moscow"_s : u"Europe/London"_s);
            w->opensEdit()->setTime(QTime(8, 0));
            w->closesEdit()->setTime(QTime(21, 0));
            later(500, [=, this] {
                save(w, u"first-start-coworking"_s);
                w->next();
                // The set-up page once the site is made; then the views of the new site.
                auto *poll = new QTimer(this);
                connect(poll, &QTimer::timeout, this, [=, this] {
                    if (!w->isSetUp())
                        return;
                    poll->stop();
                    save(w, u"first-start-done"_s);
                    // Finish opens the desk on the new, still empty coworking: pictured once
                    // its floor has loaded (the views of a full site come from the demo run).
                    m_started = true;
                    connect(&m_session, &ui::DeskSession::floorLoaded, this, [this] {
                        QTimer::singleShot(1500, this, [this] {
                            save(m_session.mainWindow(), u"first-start-desk"_s);
                            QApplication::exit(0);
                        });
                    });
                    w->button(QWizard::FinishButton)->click();
                });
                poll->start(200);
            });
        });
    });
}

void Screenshotter::grabViews()
{
    ui::MainWindow *main = m_session.mainWindow();
    if (!main)
        return QApplication::exit(2);
    // A spot with a booking selected shows the side panel at work; with none booked (a closed
    // day, say) the first spot shows what the panel says then.
    if (ui::FloorPage *floor = m_session.floorPage()) {
        ui::FloorModel *model = floor->model();
        int shown = model->rowCount() > 0 ? 0 : -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto state =
                    ui::SpotState(model->index(row).data(ui::FloorModel::StateRole).toInt());
            if (state == ui::SpotState::Booked || state == ui::SpotState::CheckedIn) {
                shown = row;
                break;
            }
        }
        if (shown >= 0)
            floor->selectSpot(model->index(shown).data(ui::FloorModel::SpotIdRole).toString());
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
