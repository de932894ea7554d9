#include "sitebackupactions.h"

#include "common/clock.h"
#include "common/messagebar.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

const QString kBackupFolder = u"siteBackup/folder"_s;

QString lastFolder()
{
    return QSettings()
            .value(kBackupFolder,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
}

void rememberFolder(const QString &file)
{
    QSettings().setValue(kBackupFolder, QFileInfo(file).absolutePath());
}

} // namespace

SiteBackupActions::SiteBackupActions(SiteBackup &site, const Clock &clock, MainWindow *window)
    : QObject(window),
      m_site(site),
      m_clock(clock),
      m_window(window),
      m_backup(
              new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("&Back up the site…"), this)),
      m_restore(new QAction(QIcon::fromTheme(u"document-revert"_s), tr("&Restore from a backup…"),
                            this)),
      m_busyLabel(new QLabel(window)),
      m_busyBar(new QProgressBar(window))
{
    m_backup->setObjectName(u"backupSite"_s);
    m_restore->setObjectName(u"restoreSite"_s);
    if (!m_site.canBackUp()) {
        // PostgreSQL is backed up with its own tools, whatever program serves it.
        const QString why = tr("The site's data is in PostgreSQL: back it up with pg_dump and "
                               "restore it with pg_restore.");
        for (QAction *action : { m_backup, m_restore }) {
            action->setEnabled(false);
            action->setToolTip(why);
            action->setStatusTip(why);
        }
    }
    window->addFileActions({ m_backup, m_restore });
    connect(m_backup, &QAction::triggered, this, &SiteBackupActions::chooseBackupFile);
    connect(m_restore, &QAction::triggered, this, &SiteBackupActions::chooseRestoreFile);

    // Busy: an endless bar with its words in the status bar.
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyLabel->hide();
    m_busyBar->hide();
    window->statusBar()->addPermanentWidget(m_busyLabel);
    window->statusBar()->addPermanentWidget(m_busyBar);
}

QFileDialog *SiteBackupActions::fileDialog() const
{
    return m_dialog;
}

QMessageBox *SiteBackupActions::confirmation() const
{
    return m_confirm;
}

QString SiteBackupActions::defaultFileName(const QDateTime &now)
{
    return u"coworking-%1.sqlite"_s.arg(now.toLocalTime().toString(u"yyyyMMdd-HHmm"_s));
}

bool SiteBackupActions::openFileDialog(const QString &title, bool save,
                                       void (SiteBackupActions::*chosen)(const QString &))
{
    if (m_busy || (m_dialog && m_dialog->isVisible()))
        return false;
    m_dialog = new QFileDialog(m_window, title, lastFolder(),
                               tr("Site backups (*.sqlite);;All files (*)"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    m_dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    connect(m_dialog, &QFileDialog::fileSelected, this, chosen);
    return true;
}

void SiteBackupActions::chooseBackupFile()
{
    if (!openFileDialog(tr("Back up the site"), true, &SiteBackupActions::backUp))
        return;
    m_dialog->setDefaultSuffix(u"sqlite"_s);
    m_dialog->selectFile(defaultFileName(m_clock.now()));
    m_dialog->open();
}

void SiteBackupActions::backUp(const QString &file)
{
    rememberFolder(file);
    setBusy(tr("Backing up the site…"));
    m_site.backup(file, this, [this, file](const SiteBackup::Outcome &outcome) {
        setBusy({});
        if (!outcome.error.isEmpty())
            return showError(tr("The site was not backed up. %1").arg(outcome.error));
        m_window->noticeBar()->showPositive(
                tr("The site is backed up to %1.").arg(QDir::toNativeSeparators(file)));
    });
}

void SiteBackupActions::chooseRestoreFile()
{
    if (openFileDialog(tr("Restore the site from a backup"), false,
                       &SiteBackupActions::confirmRestore))
        m_dialog->open();
}

void SiteBackupActions::confirmRestore(const QString &file)
{
    rememberFolder(file);
    const QFileInfo current(m_site.databaseFile());
    m_confirm = new QMessageBox(
            QMessageBox::Warning, tr("Restore from a backup"),
            tr("Replace the site's data with the backup %1?").arg(QDir::toNativeSeparators(file)),
            QMessageBox::NoButton, m_window);
    m_confirm->setInformativeText(
            tr("Every coworking, spot, person and booking of the site now is replaced by what "
               "the backup holds; changes made since it was taken are no longer served. The "
               "current data is kept aside, not deleted: as %1.before-restore-<date and time> in "
               "%2. The server stops for the moment the restore takes, then the desk signs in "
               "again.")
                    .arg(current.fileName(), QDir::toNativeSeparators(current.absolutePath())));
    QPushButton *replace = m_confirm->addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, replace, file](QAbstractButton *b) {
                if (b == replace)
                    restore(file);
            });
    m_confirm->open();
}

void SiteBackupActions::restore(const QString &file)
{
    setBusy(tr("Restoring the site…"));
    m_site.restore(file, this, [this, file](const SiteBackup::Outcome &outcome) {
        setBusy({});
        if (!outcome.error.isEmpty())
            return showError(tr("The site was not restored; it goes on with its data. %1")
                                     .arg(outcome.error));
        emit restored(tr("The site was restored from %1. The data it had is kept in %2.")
                              .arg(QDir::toNativeSeparators(file),
                                   QDir::toNativeSeparators(outcome.keptAside)),
                      outcome);
    });
}

void SiteBackupActions::setBusy(const QString &what)
{
    m_busy = !what.isEmpty();
    m_busyLabel->setText(what);
    m_busyLabel->setVisible(m_busy);
    m_busyBar->setVisible(m_busy);
    if (m_site.canBackUp()) {
        m_backup->setEnabled(!m_busy);
        m_restore->setEnabled(!m_busy);
    }
}

void SiteBackupActions::showError(const QString &text)
{
    m_window->noticeBar()->showError(text);
}

} // namespace ui
} // namespace coworking
