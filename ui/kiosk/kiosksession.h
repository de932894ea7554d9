#pragma once

#include "common/coworkingrole.h"
#include "coworkings/coworking.h"
#include "exitpin.h"

#include <QObject>

class QSettings;

namespace coworking {
namespace client {
class CoworkingClient;
}
namespace ui {

// The kiosk's account: resumes the session kept in the client's TokenStore (the keychain), or
// signs in with the email and password of a staff member of the coworking and keeps the refresh
// token; checks that the account runs this coworking (its owner, a manager or an admin); keeps
// the exit PIN. Everything is asynchronous; the outcome is ready() or signInNeeded().
class KioskSession final : public QObject
{
    Q_OBJECT
public:
    KioskSession(client::CoworkingClient &client, QString coworkingId, QSettings &settings,
                 QObject *parent = nullptr);

    ExitPin &exitPin() { return m_pin; }
    QString coworkingId() const { return m_coworkingId; }
    const Coworking &coworking() const { return m_coworking; }
    CoworkingRole role() const { return m_role; }
    bool isReady() const { return m_ready; }

    // Resumes the kept session, or asks to sign in.
    void start();
    // Signs in and keeps the session; a non-empty `pin` becomes the exit PIN.
    void signIn(const QString &email, const QString &password, const QString &pin);

signals:
    void ready();
    // `error` in words, or empty on a first start.
    void signInNeeded(const QString &error);

private:
    void verify(const QString &pin);
    void accept(const Coworking &coworking, CoworkingRole role, const QString &pin);
    void refuse(const QString &error);

    client::CoworkingClient &m_client;
    QString m_coworkingId;
    ExitPin m_pin;
    Coworking m_coworking;
    CoworkingRole m_role = CoworkingRole::None;
    bool m_ready = false;
};

} // namespace ui
} // namespace coworking
