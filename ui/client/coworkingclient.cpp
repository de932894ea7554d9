#include "coworkingclient.h"

namespace coworking::client {

CoworkingClient::CoworkingClient(QUrl baseUrl, std::unique_ptr<TokenStore> tokens, QObject *parent)
    : QObject(parent),
      m_tokens(tokens ? std::move(tokens) : std::make_unique<MemoryTokenStore>()),
      m_api(std::make_unique<ApiClient>(std::move(baseUrl), m_tokens.get()))
{
}

CoworkingClient::~CoworkingClient() = default;

LiveFeed *CoworkingClient::openLive(const QString &coworkingId, QObject *parent)
{
    return new LiveFeed(*m_api, coworkingId, parent);
}

} // namespace coworking::client
