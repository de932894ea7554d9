#pragma once

#include "coworkings/coworking.h"
#include "users/user.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace coworking {
namespace client {
class CoworkingClient;
struct ApiError;
} // namespace client
namespace ui {

class MessageBar;
class SettingsForm;

// A coworking's settings for its owner and admins: the form (details, hours, zone, booking
// policy) saved as a PATCH of what changed, with a 422's complaints beside their fields; and the
// lists that save at once: images, options (extras) and managers.
class SettingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsView)

public:
    explicit SettingsView(client::CoworkingClient &client, QWidget *parent = nullptr);

    SettingsForm *form() const { return m_form; }
    MessageBar *messageBar() const { return m_messages; }
    QPushButton *saveButton() const { return m_save; }
    QListWidget *imageList() const { return m_images; }
    QListWidget *optionList() const { return m_options; }
    QListWidget *managerList() const { return m_managers; }
    QLineEdit *optionNameEdit() const { return m_optionName; }
    QLineEdit *managerEmailEdit() const { return m_managerEmail; }
    QPushButton *addOptionButton() const { return m_addOption; }
    QPushButton *addManagerButton() const { return m_addManager; }
    bool hasUnsavedChanges() const;
    // Before the settings are left (another view, another coworking, Quit): with unsaved
    // changes asks Save, Discard or Cancel, then answers whether the user may go on.
    void maybeSave(std::function<void(bool proceed)> proceed);

public slots:
    void setCoworking(const coworking::Coworking &coworking);
    void refresh();
    void save();
    void revert();
    void uploadImage(); // asks for a file, without blocking the window
    bool uploadImageFile(const QString &path);
    void deleteSelectedImage();
    void addOption();
    void deleteSelectedOption();
    void addManager();
    void removeSelectedManager();

signals:
    // The server's copy after a save or a reload (the shell updates its switcher's name).
    void coworkingChanged(const coworking::Coworking &coworking);
    void loaded();
    // The form differs from the server's copy (the shell marks the tab, asks before leaving).
    void unsavedChangesChanged(bool unsaved);
    // A call's outcome reached the server (tests and the status bar listen).
    void actionFinished(bool ok);

private:
    void showCoworking(const Coworking &coworking);
    void loadThumbnail(const CoworkingImage &image);
    void loadOptions();
    void loadManagers();
    void fail(const client::ApiError &error);
    void updateButtons();

    client::CoworkingClient &m_client;
    QString m_coworkingId;
    bool m_unsaved = false;
    MessageBar *m_messages;
    SettingsForm *m_form;
    QPushButton *m_save;
    QPushButton *m_revert;
    QListWidget *m_images;
    QPushButton *m_uploadImage;
    QPushButton *m_deleteImage;
    QListWidget *m_options;
    QLineEdit *m_optionName;
    QPushButton *m_addOption;
    QPushButton *m_deleteOption;
    QListWidget *m_managers;
    QLineEdit *m_managerEmail;
    QPushButton *m_addManager;
    QPushButton *m_removeManager;
};

} // namespace ui
} // namespace coworking
