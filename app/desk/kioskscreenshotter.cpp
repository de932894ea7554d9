#include "kioskscreenshotter.h"

#include "floor/floorfeed.h"
#include "floor/floormodel.h"
#include "floor/floorscene.h"
#include "kiosk/cardpage.h"
#include "kiosk/checkinpage.h"
#include "kiosk/durationpage.h"
#include "kiosk/exitpage.h"
#include "kiosk/guestpage.h"
#include "kiosk/holdbutton.h"
#include "kiosk/homepage.h"
#include "kiosk/kioskwindow.h"
#include "kiosk/pinpad.h"
#include "kiosk/spotpage.h"
#include "kiosk/whopage.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {
constexpr int kPollMsecs = 100;
constexpr int kPollTries = 150; // 15 s for a step's answer
} // namespace

KioskScreenshotter::KioskScreenshotter(ui::KioskWindow &window, const QString &dir,
                                       const QString &lang, QObject *parent)
    : QObject(parent), m_window(window), m_dir(dir), m_lang(lang)
{
    m_dir.mkpath(u"."_s);
    connect(window.feed(), &ui::FloorFeed::loaded, this, [this] {
        if (!m_started) {
            m_started = true;
            // Time for the live snapshot, the floor-plan image and the first paint.
            QTimer::singleShot(2500, this, &KioskScreenshotter::start);
        }
    });
    QTimer::singleShot(120'000, qApp, [] {
        qWarning("screenshots: the kiosk did not get through its screens within two minutes");
        QApplication::exit(2);
    });
}

void KioskScreenshotter::start()
{
    using Screen = ui::KioskWindow::Screen;
    ui::KioskWindow *w = &m_window;
    const QString guest = m_lang == u"ru" ? u"Мария Иванова"_s : u"Maria Ivanova"_s;
    const QString email =
            u"walk-in-%1-%2@example.com"_s.arg(m_lang).arg(QDateTime::currentSecsSinceEpoch());
    m_steps = {
        { u"home"_s, [] {}, [w] { return w->screen() == Screen::Home; } },
        { u"spot"_s,
          [w] {
              // The first free spot on the map, tapped.
              ui::FloorModel *model = w->model();
              for (int row = 0; row < model->rowCount(); ++row) {
                  if (model->stateAt(row) == ui::SpotState::Free
                      && model->index(row).data(ui::FloorModel::HasPlacementRole).toBool()) {
                      w->scene()->selectSpot(
                              model->index(row).data(ui::FloorModel::SpotIdRole).toString());
                      return;
                  }
              }
          },
          [w] { return w->spotPage()->nextButton()->isEnabled(); } },
        { u"durations"_s, [w] { w->spotPage()->nextButton()->click(); },
          [w] { return w->screen() == Screen::Durations; } },
        { u"who"_s,
          [w] {
              w->durationPage()->chips().first()->click();
              w->whoPage()->searchField()->setText(u"an"_s);
              w->whoPage()->findButton()->click();
          },
          [w] { return w->whoPage()->results()->count() > 0; } },
        { u"guest"_s,
          [w, guest, email] {
              w->whoPage()->newButton()->click();
              w->guestPage()->nameField()->setText(guest);
              w->guestPage()->emailField()->setText(email);
          },
          [w] { return w->screen() == Screen::Guest; } },
        { u"confirm"_s, [w] { w->guestPage()->continueButton()->click(); },
          [w] { return w->screen() == Screen::Confirm; } },
        { u"done"_s, [w] { w->confirmPage()->actionButton()->click(); },
          [w] { return w->screen() == Screen::Done; } },
        { u"checkin"_s,
          [w] {
              // The guest's booking, by its code as a person types it from the done screen.
              const QString code =
                      w->lastBooking() ? ui::KioskWindow::codeOf(*w->lastBooking()) : QString();
              w->donePage()->actionButton()->click();
              w->homePage()->checkInButton()->click();
              w->checkInPage()->codeField()->setText(ui::KioskWindow::displayCode(code));
              w->checkInPage()->findCodeButton()->click();
          },
          [w] { return w->checkInPage()->results()->count() > 0; } },
        { u"checkedin"_s, [w] { w->checkInPage()->checkInButton()->click(); },
          [w] { return w->screen() == Screen::CheckedIn; } },
        { u"exit"_s,
          [w] {
              w->checkedInPage()->actionButton()->click();
              emit w->exitCorner()->held();
              w->exitPage()->pad()->digitButton(1)->click();
              w->exitPage()->pad()->digitButton(2)->click();
          },
          [w] { return w->screen() == ui::KioskWindow::Screen::Exit; } },
    };
    run(0);
}

void KioskScreenshotter::run(int index)
{
    if (index >= m_steps.size()) {
        QApplication::exit(0);
        return;
    }
    m_steps[index].act();
    waitFor(index, kPollTries);
}

void KioskScreenshotter::waitFor(int index, int triesLeft)
{
    const Step &step = m_steps.at(index);
    if (!step.ready()) {
        if (triesLeft == 0) {
            qWarning("screenshots: the kiosk's %s screen did not come", qPrintable(step.name));
            QApplication::exit(2);
            return;
        }
        QTimer::singleShot(kPollMsecs, this,
                           [this, index, triesLeft] { waitFor(index, triesLeft - 1); });
        return;
    }
    // A moment for the layout and the last answer's repaint.
    QTimer::singleShot(500, this, [this, index] {
        const QString file =
                m_dir.filePath(u"kiosk-%1-%2.png"_s.arg(m_steps.at(index).name, m_lang));
        if (!m_window.grab().save(file))
            qWarning("screenshots: could not write %s", qPrintable(file));
        run(index + 1);
    });
}

} // namespace coworking
