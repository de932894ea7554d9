#include "settingsview.h"

#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/unsavedchanges.h"
#include "client/coworkingclient.h"
#include "settingsform.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxImageBytes =
        10 * 1024 * 1024; // the server's limit (openapi.json, POST /storage/upload)

QString userLine(const User &user)
{
    return user.fullName.isEmpty() ? user.email : u"%1 <%2>"_s.arg(user.fullName, user.email);
}

// A list in a titled box; under it a field for a new entry (when any) on a line of its own, so
// longer translations fit, and the buttons.
QGroupBox *listBox(const QString &title, QListWidget *list, QLineEdit *entry,
                   const QList<QWidget *> &row, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    if (entry)
        layout->addWidget(entry);
    auto *buttons = new QHBoxLayout;
    for (QWidget *w : row)
        buttons->addWidget(w);
    layout->addLayout(buttons);
    list->setAccessibleName(title);
    return box;
}

} // namespace

SettingsView::SettingsView(client::CoworkingClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_messages(new MessageBar(this)),
      m_form(new SettingsForm(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_revert(new QPushButton(tr("&Revert"), this)),
      m_images(new QListWidget(this)),
      m_uploadImage(new QPushButton(tr("&Upload…"), this)),
      m_deleteImage(new QPushButton(tr("Delete image"), this)),
      m_options(new QListWidget(this)),
      m_optionName(new QLineEdit(this)),
      m_addOption(new QPushButton(tr("Add"), this)),
      m_deleteOption(new QPushButton(tr("Delete option"), this)),
      m_managers(new QListWidget(this)),
      m_managerEmail(new QLineEdit(this)),
      m_addManager(new QPushButton(tr("Add"), this)),
      m_removeManager(new QPushButton(tr("Remove manager"), this))
{
    m_messages->hide();
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_optionName->setPlaceholderText(tr("New option, e.g. Monitor"));
    m_optionName->setAccessibleName(tr("New option name"));
    m_managerEmail->setPlaceholderText(tr("E-mail of a registered user"));
    m_managerEmail->setAccessibleName(tr("New manager's e-mail"));
    m_addOption->setAccessibleName(tr("Add option"));
    m_addManager->setAccessibleName(tr("Add manager"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *side = new QVBoxLayout;
    side->addWidget(
            listBox(tr("Images"), m_images, nullptr, { m_uploadImage, m_deleteImage }, this));
    side->addWidget(listBox(tr("Options (extras)"), m_options, m_optionName,
                            { m_addOption, m_deleteOption }, this));
    side->addWidget(listBox(tr("Managers"), m_managers, m_managerEmail,
                            { m_addManager, m_removeManager }, this));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_form, &SettingsForm::changed, this, &SettingsView::updateButtons);
    m_images->setViewMode(QListView::IconMode);
    m_images->setIconSize(QSize(96, 72));
    m_images->setGridSize(QSize(108, 84));
    m_images->setWrapping(true);
    m_images->setResizeMode(QListView::Adjust);
    m_images->setMovement(QListView::Static);
    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsView::revert);
    connect(m_uploadImage, &QPushButton::clicked, this, &SettingsView::uploadImage);
    connect(m_deleteImage, &QPushButton::clicked, this, &SettingsView::deleteSelectedImage);
    connect(m_addOption, &QPushButton::clicked, this, &SettingsView::addOption);
    connect(m_optionName, &QLineEdit::returnPressed, this, &SettingsView::addOption);
    connect(m_deleteOption, &QPushButton::clicked, this, &SettingsView::deleteSelectedOption);
    connect(m_addManager, &QPushButton::clicked, this, &SettingsView::addManager);
    connect(m_managerEmail, &QLineEdit::returnPressed, this, &SettingsView::addManager);
    connect(m_removeManager, &QPushButton::clicked, this, &SettingsView::removeSelectedManager);
    for (QListWidget *list : { m_images, m_options, m_managers })
        connect(list, &QListWidget::currentRowChanged, this, &SettingsView::updateButtons);
    connect(m_optionName, &QLineEdit::textChanged, this, &SettingsView::updateButtons);
    connect(m_managerEmail, &QLineEdit::textChanged, this, &SettingsView::updateButtons);
    updateButtons();
    setEnabled(false); // until a coworking is chosen
}

bool SettingsView::hasUnsavedChanges() const
{
    return !m_form->changes().isEmpty();
}

void SettingsView::updateButtons()
{
    const bool changed = hasUnsavedChanges();
    if (changed != m_unsaved) {
        m_unsaved = changed;
        emit unsavedChangesChanged(changed);
    }
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
    m_deleteImage->setEnabled(m_images->currentItem() != nullptr);
    m_deleteOption->setEnabled(m_options->currentItem() != nullptr);
    m_removeManager->setEnabled(m_managers->currentItem() != nullptr);
    m_addOption->setEnabled(!m_optionName->text().trimmed().isEmpty());
    m_addManager->setEnabled(m_managerEmail->text().contains(u'@'));
}

void SettingsView::setCoworking(const Coworking &coworking)
{
    m_coworkingId = coworking.id;
    setEnabled(!coworking.id.isEmpty());
    showCoworking(coworking);
    refresh();
}

void SettingsView::refresh()
{
    if (m_coworkingId.isEmpty())
        return;
    const QString id = m_coworkingId;
    // The full resource (policy, images) is only in the single GET, not in the switcher's list.
    m_client.coworkings().get(id, this, [this, id](client::Result<Coworking> result) {
        if (id != m_coworkingId)
            return;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        showCoworking(result.value());
        emit loaded();
    });
    loadOptions();
    loadManagers();
}

void SettingsView::showCoworking(const Coworking &coworking)
{
    m_form->setCoworking(coworking);
    m_images->clear();
    for (const CoworkingImage &image : coworking.images) {
        // Stored names are content hashes, nothing to read: the thumbnail is the label.
        auto *item =
                new QListWidgetItem(QIcon::fromTheme(u"image-x-generic"_s), QString(), m_images);
        item->setData(Qt::AccessibleTextRole, tr("Image %1").arg(m_images->count()));
        item->setData(Qt::UserRole, image.id);
        item->setToolTip(image.url);
        loadThumbnail(image);
    }
    updateButtons();
}

void SettingsView::loadThumbnail(const CoworkingImage &image)
{
    const QString imageId = image.id;
    m_client.storage().download(QUrl(image.url), this,
                                [this, imageId](client::Result<QByteArray> result) {
                                    QPixmap pixmap;
                                    if (!result.ok() || !pixmap.loadFromData(result.value()))
                                        return; // the generic icon stays: a thumbnail is a nicety
                                    for (int row = 0; row < m_images->count(); ++row) {
                                        QListWidgetItem *item = m_images->item(row);
                                        if (item->data(Qt::UserRole).toString() == imageId)
                                            item->setIcon(QIcon(pixmap));
                                    }
                                });
}

void SettingsView::loadOptions()
{
    const QString id = m_coworkingId;
    m_client.options().list(id, this, [this, id](client::Result<QList<Option>> result) {
        if (id != m_coworkingId)
            return;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        m_options->clear();
        for (const Option &option : result.value()) {
            auto *item = new QListWidgetItem(option.name, m_options);
            item->setData(Qt::UserRole, option.id);
        }
        updateButtons();
    });
}

void SettingsView::loadManagers()
{
    const QString id = m_coworkingId;
    m_client.coworkings().managers(id, this, [this, id](client::Result<QList<User>> result) {
        if (id != m_coworkingId)
            return;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        m_managers->clear();
        for (const User &user : result.value()) {
            auto *item = new QListWidgetItem(userLine(user), m_managers);
            item->setData(Qt::UserRole, user.id);
        }
        updateButtons();
    });
}

void SettingsView::save()
{
    const QJsonObject patch = m_form->changes();
    if (patch.isEmpty() || m_coworkingId.isEmpty())
        return;
    m_form->clearFieldErrors();
    m_save->setEnabled(false);
    m_client.coworkings().update(m_coworkingId, patch, this,
                                 [this](client::Result<Coworking> result) {
                                     if (!result.ok()) {
                                         fail(result.error());
                                         updateButtons();
                                         return;
                                     }
                                     showCoworking(result.value());
                                     m_messages->showPositive(tr("Settings saved."));
                                     emit coworkingChanged(result.value());
                                     emit actionFinished(true);
                                 });
}

void SettingsView::maybeSave(std::function<void(bool)> proceed)
{
    if (!hasUnsavedChanges()) {
        QTimer::singleShot(0, this, [proceed] { proceed(true); });
        return;
    }
    QPointer<SettingsView> self(this);
    UnsavedChanges::ask(
            this, tr("Unsaved settings"),
            tr("The settings of this coworking have unsaved changes. Save them?"),
            [self](std::function<void(bool)> saved) {
                if (!self)
                    return saved(false);
                // save() answers once, through actionFinished (a 422 stays, marked).
                auto once = std::make_shared<QMetaObject::Connection>();
                *once = connect(self, &SettingsView::actionFinished, self, [once, saved](bool ok) {
                    disconnect(*once);
                    saved(ok);
                });
                self->save();
            },
            [self] {
                if (self)
                    self->revert();
            },
            std::move(proceed));
}

void SettingsView::revert()
{
    showCoworking(m_form->coworking());
    m_messages->dismiss();
}

void SettingsView::fail(const client::ApiError &error)
{
    // A 422 names its fields: each complaint goes beside its field; the bar says what to do.
    int placed = 0;
    for (const client::FieldError &field : error.fields)
        placed += m_form->showFieldError(field.field, field.message) ? 1 : 0;
    if (placed > 0 && placed == error.fields.size())
        m_messages->showError(tr("Some settings were not accepted; see the marked fields."));
    else
        m_messages->showError(ErrorText::describe(error));
    emit actionFinished(false);
}

void SettingsView::uploadImage()
{
    auto *dialog = new QFileDialog(this, tr("Upload an image"), QString(),
                                   tr("Images (*.png *.jpg *.jpeg *.webp)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SettingsView::uploadImageFile);
    dialog->open();
}

bool SettingsView::uploadImageFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxImageBytes) {
        m_messages->showError(tr("%1 is larger than 10 MB; choose a smaller image.")
                                      .arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showError(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QByteArray mime = QMimeDatabase().mimeTypeForData(bytes).name().toUtf8();
    m_client.coworkings().addImage(m_coworkingId, bytes, mime, this,
                                   [this](client::Result<CoworkingImage> result) {
                                       if (!result.ok()) {
                                           fail(result.error());
                                           return;
                                       }
                                       m_messages->showPositive(tr("Image uploaded."));
                                       emit actionFinished(true);
                                       refresh();
                                   });
    return true;
}

void SettingsView::deleteSelectedImage()
{
    const QListWidgetItem *item = m_images->currentItem();
    if (!item)
        return;
    m_client.coworkings().removeImage(m_coworkingId, item->data(Qt::UserRole).toString(), this,
                                      [this](client::Result<client::Done> result) {
                                          if (!result.ok()) {
                                              fail(result.error());
                                              return;
                                          }
                                          emit actionFinished(true);
                                          refresh();
                                      });
}

void SettingsView::addOption()
{
    const QString name = m_optionName->text().trimmed();
    if (name.isEmpty())
        return;
    m_client.options().create(m_coworkingId, name, this, [this](client::Result<Option> result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        m_optionName->clear();
        emit actionFinished(true);
        loadOptions();
    });
}

void SettingsView::deleteSelectedOption()
{
    const QListWidgetItem *item = m_options->currentItem();
    if (!item)
        return;
    m_client.options().remove(item->data(Qt::UserRole).toString(), this,
                              [this](client::Result<client::Done> result) {
                                  if (!result.ok()) {
                                      fail(result.error());
                                      return;
                                  }
                                  emit actionFinished(true);
                                  loadOptions();
                              });
}

void SettingsView::addManager()
{
    const QString email = m_managerEmail->text().trimmed();
    if (!email.contains(u'@'))
        return;
    const QString id = m_coworkingId;
    // Staff may look a user up only by the exact e-mail (openapi.json, GET /users).
    m_client.users().search(
            {}, email, PageRequest{ 1, 0 }, this,
            [this, id, email](client::Result<Page<User>> found) {
                if (!found.ok()) {
                    fail(found.error());
                    return;
                }
                if (found.value().items.isEmpty()) {
                    m_messages->showError(
                            tr("Nobody is registered as %1. Ask the person to sign up first.")
                                    .arg(email));
                    emit actionFinished(false);
                    return;
                }
                const User user = found.value().items.first();
                m_client.coworkings().addManager(
                        id, user.id, this, [this, user](client::Result<client::Done> result) {
                            if (!result.ok()) {
                                fail(result.error());
                                return;
                            }
                            m_managerEmail->clear();
                            m_messages->showPositive(
                                    tr("%1 is now a manager.").arg(userLine(user)));
                            emit actionFinished(true);
                            loadManagers();
                        });
            });
}

void SettingsView::removeSelectedManager()
{
    const QListWidgetItem *item = m_managers->currentItem();
    if (!item)
        return;
    m_client.coworkings().removeManager(m_coworkingId, item->data(Qt::UserRole).toString(), this,
                                        [this](client::Result<client::Done> result) {
                                            if (!result.ok()) {
                                                fail(result.error());
                                                return;
                                            }
                                            emit actionFinished(true);
                                            loadManagers();
                                        });
}

} // namespace ui
} // namespace coworking
