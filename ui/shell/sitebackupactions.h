#pragma once

#include "sitebackup.h"

#include <QObject>
#include <QPointer>

class QAction;
class QFileDialog;
class QLabel;
class QMessageBox;
class QProgressBar;

namespace coworking {

class Clock;

namespace ui {

class MainWindow;

// File > "Back up the site…" and "Restore from a backup…" of the embedded site, on one main
// window. Every question is a dialog opened with open() and answered through its signals: the GUI
// thread never waits. Backing up says how it went in the window's message bar; a restore that
// worked is announced by restored() (the server came back on the restored data: the session
// signs in again and reloads every view), a refused one in the message bar.
class SiteBackupActions final : public QObject
{
    Q_OBJECT
public:
    SiteBackupActions(SiteBackup &site, const Clock &clock, MainWindow *window);

    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    bool isBusy() const { return m_busy; }
    // The dialogs while they are open (tests answer them as a person would).
    QFileDialog *fileDialog() const;
    QMessageBox *confirmation() const;

    // The name a backup is offered under: coworking-YYYYMMDD-HHMM.sqlite, in local time.
    static QString defaultFileName(const QDateTime &now);

signals:
    // The site serves the restored data; `notice` says what happened, for the reopened window.
    void restored(const QString &notice, const SiteBackup::Outcome &outcome);

private:
    // A file dialog (not opened yet) whose choice goes to `chosen`; false while busy or open.
    bool openFileDialog(const QString &title, bool save,
                        void (SiteBackupActions::*chosen)(const QString &));
    void chooseBackupFile();
    void backUp(const QString &file);
    void chooseRestoreFile();
    void confirmRestore(const QString &file);
    void restore(const QString &file);
    void setBusy(const QString &what);
    void showError(const QString &text);

    SiteBackup &m_site;
    const Clock &m_clock;
    MainWindow *m_window;
    QAction *m_backup;
    QAction *m_restore;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QPointer<QFileDialog> m_dialog;
    QPointer<QMessageBox> m_confirm;
    bool m_busy = false;
};

} // namespace ui
} // namespace coworking
