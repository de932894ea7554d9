#include "kiosksession.h"

#include "client/coworkingclient.h"
#include "common/errortext.h"

namespace coworking {
namespace ui {

KioskSession::KioskSession(client::CoworkingClient &client, QString coworkingId,
                           QSettings &settings, QObject *parent)
    : QObject(parent), m_client(client), m_coworkingId(std::move(coworkingId)), m_pin(settings)
{
}

void KioskSession::start()
{
    m_client.auth().restoreSession(this, [this](client::Result<User> r) {
        if (!r.ok()) {
            // Nothing kept, or the server refused it: a staff member signs in again.
            const bool firstStart = r.error().isHttp(401);
            emit signInNeeded(firstStart ? QString() : ErrorText::describe(r.error()));
            return;
        }
        verify({});
    });
}

void KioskSession::signIn(const QString &email, const QString &password, const QString &pin)
{
    m_client.auth().login(email, password, true, this, [this, pin](client::Result<User> r) {
        if (!r.ok())
            return emit signInNeeded(ErrorText::describe(r.error()));
        verify(pin);
    });
}

void KioskSession::verify(const QString &pin)
{
    const std::optional<User> user = m_client.api().currentUser();
    if (!user)
        return refuse(tr("The server did not say who signed in; sign in again."));
    m_client.coworkings().get(m_coworkingId, this, [this, user, pin](client::Result<Coworking> r) {
        if (!r.ok()) {
            if (r.error().code == u"COWORKING_NOT_FOUND")
                return refuse(tr("This server has no coworking %1: check --coworking.")
                                      .arg(m_coworkingId));
            return emit signInNeeded(ErrorText::describe(r.error()));
        }
        const Coworking c = r.value();
        const CoworkingRole role = Roles::roleIn(*user, c, false);
        if (role == CoworkingRole::Admin || role == CoworkingRole::Owner)
            return accept(c, role, pin);
        // Managers: the coworking must be among those GET /users/me/coworkings lists.
        m_client.coworkings().mine(
                this, [this, c, user, pin](client::Result<QList<StaffedCoworking>> mine) {
                    if (!mine.ok())
                        return emit signInNeeded(ErrorText::describe(mine.error()));
                    for (const StaffedCoworking &s : mine.value()) {
                        if (s.coworking.id == c.id)
                            return accept(c, Roles::roleIn(*user, c, true), pin);
                    }
                    refuse(tr("%1 does not run %2: sign in as its owner, a manager or an "
                              "administrator.")
                                   .arg(user->email, c.name));
                });
    });
}

void KioskSession::accept(const Coworking &coworking, CoworkingRole role, const QString &pin)
{
    m_coworking = coworking;
    m_role = role;
    const auto done = [this] {
        m_ready = true;
        emit ready();
    };
    if (pin.isEmpty())
        return done();
    m_pin.set(pin, [this, done](bool ok) {
        if (!ok)
            return refuse(tr("The PIN could not be stored; choose another."));
        done();
    });
}

void KioskSession::refuse(const QString &error)
{
    // A session that may not run this kiosk is not kept.
    m_client.auth().logout(
            this, [this, error](client::Result<client::Done>) { emit signInNeeded(error); });
}

} // namespace ui
} // namespace coworking
