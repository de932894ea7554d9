#include "docscontroller.h"

#include "common/apperror.h"
#include "apirequest.h"
#include "router.h"
#include "common/errorcodes.h"

#include <QCryptographicHash>
#include <QResource>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcDocs, "coworking.docs")

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

struct AssetType
{
    const char *name;
    const char *contentType;
};

// What server/CMakeLists.txt copies from swagger-ui-dist into the binary.
constexpr std::array kAssets{
    AssetType{ "swagger-ui.css", "text/css; charset=utf-8" },
    AssetType{ "swagger-ui-bundle.js", "application/javascript; charset=utf-8" },
    AssetType{ "swagger-ui-standalone-preset.js", "application/javascript; charset=utf-8" },
    AssetType{ "favicon-32x32.png", "image/png" },
    AssetType{ "favicon-16x16.png", "image/png" },
};

// The page and the document change with the binary under the same URL: always revalidated
// (a 304 costs nothing). The assets change only with the pinned swagger-ui-dist version.
constexpr const char *kRevalidate = "no-cache";
constexpr const char *kAssetCache = "public, max-age=3600";

// The operations of an OpenAPI path item.
constexpr std::array kOperationKeys{ "get",     "put",  "post",  "delete",
                                     "options", "head", "patch", "trace" };

AppError noSuchResource()
{
    return AppError::notFound(errc::NotFound, u"No such resource."_s);
}

} // namespace

DocsController::DocsController()
    : m_openApi(load(u":/openapi/openapi.json"_s, "application/json", kRevalidate)),
      m_page(load(u":/swagger-ui/index.html"_s, "text/html; charset=utf-8", kRevalidate))
{
    for (const AssetType &asset : kAssets) {
        const QString name = QString::fromLatin1(asset.name);
        m_assets.insert(name, load(u":/swagger-ui-dist/"_s + name, asset.contentType, kAssetCache));
    }
}

QStringList DocsController::assetNames()
{
    QStringList names;
    for (const AssetType &asset : kAssets)
        names.append(QString::fromLatin1(asset.name));
    return names;
}

DocsController::File DocsController::load(const QString &resource, QByteArray contentType,
                                          QByteArray cacheControl)
{
    File file;
    const QResource in(resource);
    if (!in.isValid()) {
        // Compiled in by the build; missing only if the build is broken.
        qCCritical(lcDocs) << "resource missing from the binary:" << resource;
        return file;
    }
    // Stored uncompressed (server/CMakeLists.txt): the bytes stay in the binary, shared by the
    // workers, rather than a copy per worker.
    file.body = in.compressionAlgorithm() == QResource::NoCompression ? QByteArray::fromRawData(
                        reinterpret_cast<const char *>(in.data()), qsizetype(in.size()))
                                                                      : in.uncompressedData();
    file.contentType = std::move(contentType);
    file.cacheControl = std::move(cacheControl);
    file.etag = '"'
            + QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex().left(32)
            + '"';
    return file;
}

ApiResponse DocsController::serve(const ApiRequest &request, const File &file)
{
    if (file.body.isEmpty())
        throw AppError::internal();
    return conditionalResponse(request, file.body, file.contentType, file.etag, file.cacheControl);
}

ApiResponse DocsController::openApi(ApiRequest &request)
{
    return serve(request, m_openApi);
}

ApiResponse DocsController::page(ApiRequest &request)
{
    return serve(request, m_page);
}

ApiResponse DocsController::asset(ApiRequest &request)
{
    const auto it = m_assets.constFind(request.param(u"file"_s));
    if (it == m_assets.constEnd())
        throw noSuchResource();
    return serve(request, *it);
}

QStringList DocsController::compare(const QList<Route> &routes, const QJsonObject &document)
{
    QSet<QString> served;
    for (const Route &route : routes)
        served.insert(route.method + u' ' + route.pattern);

    QSet<QString> documented;
    const QJsonObject paths = document.value("paths"_L1).toObject();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        const QJsonObject item = it.value().toObject();
        for (const char *key : kOperationKeys) {
            if (item.contains(QLatin1StringView(key)))
                documented.insert(QString::fromLatin1(key).toUpper() + u' ' + it.key());
        }
    }

    QStringList problems;
    for (const QString &operation : served - documented)
        problems.append(operation + u": served but not documented in openapi.json"_s);
    for (const QString &operation : documented - served)
        problems.append(operation + u": documented in openapi.json but not served"_s);
    problems.sort();
    return problems;
}

void DocsController::checkRoutes(const Router &router) const
{
    const QJsonObject document = QJsonDocument::fromJson(m_openApi.body).object();
    if (document.isEmpty()) {
        qCWarning(lcDocs) << "openapi.json is not a JSON object";
        return;
    }
    for (const QString &problem : compare(router.routes(), document))
        qCWarning(lcDocs).noquote() << problem;
}

void DocsController::registerRoutes(Router &router)
{
    // The OpenAPI document and Swagger UI. "/docs/" is the same route: the server drops a
    // trailing slash before routing.
    router.add(u"GET"_s, u"/openapi.json"_s, Access::Public,
               handlerOf(*this, &DocsController::openApi));
    router.add(u"GET"_s, u"/docs"_s, Access::Public, handlerOf(*this, &DocsController::page));
    router.add(u"GET"_s, u"/docs/{file}"_s, Access::Public,
               handlerOf(*this, &DocsController::asset));
}

} // namespace coworking
