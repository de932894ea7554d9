#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace coworking {
namespace ui {

// What the first-start wizard asks of the server the desk embeds, for the two steps the REST API
// rightly does not offer (making the site's first administrator; filling an empty site with the
// demo). The desk's composition root implements it over the embedded server; the wizard never
// links the server. Every answer arrives later, on the GUI thread, through `context`.
class SiteSetup
{
public:
    struct Login
    {
        QString email;
        QString password;
    };

    virtual ~SiteSetup() = default;

    // Where members and the desk reach the site.
    virtual QUrl serverUrl() const = 0;
    // `done` gets an error text, empty on success.
    virtual void createAdmin(const QString &email, const QString &password, const QString &fullName,
                             QObject *context, std::function<void(QString error)> done) = 0;
    // `done` gets an error text (empty on success) and the demo's administrator.
    virtual void loadDemo(QObject *context,
                          std::function<void(QString error, Login admin)> done) = 0;
};

} // namespace ui
} // namespace coworking
