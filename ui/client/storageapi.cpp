#include "storageapi.h"

#include "decoding.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

void StorageApi::upload(const QByteArray &image, const QByteArray &mimeType, QObject *context,
                        Callback<QUrl> done)
{
    m_api.call<QUrl>(ApiRequest::raw("POST", u"/storage/upload"_s, image, mimeType), context,
                     std::move(done), asObject<QUrl>(decoding::url));
}

void StorageApi::download(const QUrl &url, QObject *context, Callback<QByteArray> done)
{
    // Stored URLs are absolute ("http://host/storage/KEY") or the path alone; only the path is
    // used, so a file always comes from the server this client talks to.
    QString path = url.path();
    if (!path.startsWith(u"/storage/"_s))
        path = u"/storage/"_s + segment(url.toString());
    ApiRequest request = ApiRequest::get(path);
    request.accept = "*/*";
    request.authenticated = false;
    m_api.call<QByteArray>(std::move(request), context, std::move(done), bytes());
}

} // namespace coworking::client
