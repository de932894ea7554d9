#pragma once

#include "adminapi.h"
#include "apiclient.h"
#include "authapi.h"
#include "bookingsapi.h"
#include "coworkingsapi.h"
#include "livefeed.h"
#include "notificationsapi.h"
#include "optionsapi.h"
#include "spotsapi.h"
#include "storageapi.h"
#include "systemapi.h"
#include "tokenstore.h"
#include "usersapi.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace coworking::client {

// Everything a GUI holds to talk to one server: the HTTP client, one object per resource family
// (one method per endpoint) and the live feeds. All calls are asynchronous (see ApiClient).
class CoworkingClient final : public QObject
{
    Q_OBJECT
public:
    // A null `tokens` means memory only.
    explicit CoworkingClient(QUrl baseUrl, std::unique_ptr<TokenStore> tokens = {},
                             QObject *parent = nullptr);
    ~CoworkingClient() override;

    ApiClient &api() { return *m_api; }
    TokenStore &tokens() { return *m_tokens; }
    AuthApi &auth() { return m_auth; }
    UsersApi &users() { return m_users; }
    CoworkingsApi &coworkings() { return m_coworkings; }
    SpotsApi &spots() { return m_spots; }
    OptionsApi &options() { return m_options; }
    BookingsApi &bookings() { return m_bookings; }
    NotificationsApi &notifications() { return m_notifications; }
    AdminApi &admin() { return m_admin; }
    StorageApi &storage() { return m_storage; }
    SystemApi &system() { return m_system; }

    // The live stream of one coworking, owned by `parent` (it connects at once).
    LiveFeed *openLive(const QString &coworkingId, QObject *parent);

private:
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ApiClient> m_api;
    AuthApi m_auth{ *m_api };
    UsersApi m_users{ *m_api };
    CoworkingsApi m_coworkings{ *m_api };
    SpotsApi m_spots{ *m_api };
    OptionsApi m_options{ *m_api };
    BookingsApi m_bookings{ *m_api };
    NotificationsApi m_notifications{ *m_api };
    AdminApi m_admin{ *m_api };
    StorageApi m_storage{ *m_api };
    SystemApi m_system{ *m_api };
};

} // namespace coworking::client
