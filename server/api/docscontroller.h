#pragma once

#include "apiresponse.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace coworking {

class ApiRequest;
class Router;
struct Route;

// GET /openapi.json and Swagger UI at /docs (API.md, "Storage, health, metrics, docs, live").
// Everything is compiled into the binary: the document (resources/openapi/openapi.json), our
// page (resources/swagger-ui/index.html) and the assets of the npm package swagger-ui-dist, so
// the docs need no internet at run time.
class DocsController final
{
    Q_DISABLE_COPY_MOVE(DocsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    DocsController();

    ApiResponse openApi(ApiRequest &request);
    // The Swagger UI page. The server ignores a trailing slash, so /docs/ lands here too; the
    // page therefore takes its base URL from its own address (see index.html).
    ApiResponse page(ApiRequest &request);
    // GET /docs/{file}: one of the known asset names, anything else is a 404.
    ApiResponse asset(ApiRequest &request);

    // Where a route table and an OpenAPI document disagree, one line per method and path
    // ("GET /x: served but not documented"); empty when every operation matches a route.
    static QStringList compare(const QList<Route> &routes, const QJsonObject &document);
    // Logs every disagreement between this router and the compiled-in document as a warning
    // (category coworking.docs), so an undocumented route is noticed at start-up.
    void checkRoutes(const Router &router) const;

    // The file names GET /docs/{file} serves.
    static QStringList assetNames();

private:
    struct File
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray cacheControl;
        QByteArray etag;
    };
    static File load(const QString &resource, QByteArray contentType, QByteArray cacheControl);
    static ApiResponse serve(const ApiRequest &request, const File &file);

    File m_openApi;
    File m_page;
    QHash<QString, File> m_assets;
};

} // namespace coworking
