// The OpenAPI document (resources/openapi/openapi.json, the API's contract) against the server
// that serves it, and Swagger UI at /docs.
//
// Route table and document, both ways:
// - every worker compares its own router with the compiled-in document when it starts
//   (DocsController::checkRoutes) and logs each route or operation that has no counterpart; the
//   test captures those lines while the real server starts and expects none. That is the real
//   router, filled by registerRoutes with the real controllers, without the test having to
//   build them (which would copy the worker's composition root into the test);
// - the comparison itself is checked on a small router and document, so a silent comparator
//   cannot pass the first check;
// - over HTTP, independently of that code: for every documented path, the router's methods (the
//   Allow header of a 405) are exactly the documented ones, and an anonymous call is refused
//   with 401 exactly where the document requires a token.

#include "apiharness.h"
#include "docscontroller.h"
#include "router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// Lines the server logs under coworking.docs while it starts (from its worker threads).
QMutex docsLogMutex;
QStringList docsLog;
QtMessageHandler previousHandler = nullptr;

void captureDocsLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type >= QtWarningMsg && context.category
        && qstrcmp(context.category, "coworking.docs") == 0) {
        const QMutexLocker lock(&docsLogMutex);
        docsLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QStringList kOperationKeys{ u"get"_s,     u"put"_s,  u"post"_s,  u"delete"_s,
                                  u"options"_s, u"head"_s, u"patch"_s, u"trace"_s };

// A concrete path for a documented template: ids become a UUID, other parameters a plausible
// value (the router accepts any non-empty segment there).
QString concretePath(QString path)
{
    static const QRegularExpression param(u"\\{([a-z_]+)\\}"_s);
    QRegularExpressionMatch m;
    while ((m = param.match(path)).hasMatch()) {
        const QString name = m.captured(1);
        QString value = u"some-value"_s;
        if (name == u"id" || name.endsWith(u"_id"))
            value = u"00000000-0000-4000-8000-000000000000"_s;
        else if (name == u"file")
            value = u"swagger-ui.css"_s;
        path.replace(m.capturedStart(), m.capturedLength(), value);
    }
    return path;
}

// Whether a documented path template covers a concrete path, by the router's rule: a parameter
// named "id" or "..._id" takes a UUID, any other a non-empty segment (before the suffix a
// parameter may have).
bool covers(const QString &pattern, const QString &path)
{
    static const QRegularExpression uuid(
            u"\\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"_s);
    const QStringList want = pattern.split(u'/', Qt::SkipEmptyParts);
    const QStringList have = path.split(u'/', Qt::SkipEmptyParts);
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &segment = want.at(i);
        if (!segment.startsWith(u'{')) {
            if (segment != have.at(i))
                return false;
            continue;
        }
        // "{name}" and perhaps a literal suffix ("{token}.ics"), which the path must have.
        const qsizetype close = segment.indexOf(u'}');
        const QString name = segment.mid(1, close - 1);
        const QString suffix = segment.mid(close + 1);
        if (!have.at(i).endsWith(suffix))
            return false;
        const QString value = have.at(i).chopped(suffix.size());
        if ((name == u"id" || name.endsWith(u"_id")) && !uuid.match(value).hasMatch())
            return false;
    }
    return true;
}

// The methods the document has for a concrete path, over every template that covers it
// (GET /storage/upload is GET /storage/{key} with the key "upload"), upper case.
QSet<QString> documentedMethods(const QJsonObject &paths, const QString &path)
{
    QSet<QString> methods;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        if (!covers(it.key(), path))
            continue;
        const QJsonObject item = it.value().toObject();
        for (const QString &key : kOperationKeys) {
            if (item.contains(key))
                methods.insert(key.toUpper());
        }
    }
    return methods;
}

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

ApiResponse nothing(ApiRequest &)
{
    return ApiResponse::noContent();
}

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void compareFindsBothDirections();
    void routerMatchesDocument();
    void documentedMethodsAreRouted();
    void securityMatchesAccess();
    void documentIsServed();
    void documentIsCached();
    void docsPage_data();
    void docsPage();
    void assets_data();
    void assets();
    void unknownAssetIsNotFound();

private:
    std::unique_ptr<ApiHarness> m_api;
    QJsonObject m_document;
    QStringList m_startLog;
};

void tst_OpenApi::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureDocsLog);
    m_api = std::make_unique<ApiHarness>();
    {
        const QMutexLocker lock(&docsLogMutex);
        m_startLog = docsLog;
    }
    const Reply reply = m_api->get(u"/openapi.json"_s);
    QCOMPARE(reply.status, 200);
    QJsonParseError error{};
    m_document = QJsonDocument::fromJson(reply.body, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
}

void tst_OpenApi::cleanupTestCase()
{
    m_api.reset();
    qInstallMessageHandler(previousHandler);
}

void tst_OpenApi::compareFindsBothDirections()
{
    Router router;
    router.add(u"GET"_s, u"/things"_s, Access::Public, nothing);
    router.add(u"POST"_s, u"/things"_s, Access::User, nothing);
    router.add(u"GET"_s, u"/things/{id}"_s, Access::Public, nothing);
    const QJsonObject operation{ { u"responses"_s, QJsonObject() } };
    QJsonObject document{
        { u"paths"_s,
          QJsonObject{ { u"/things"_s,
                         QJsonObject{ { u"get"_s, operation }, { u"post"_s, operation } } },
                       { u"/things/{id}"_s, QJsonObject{ { u"get"_s, operation } } } } }
    };
    QCOMPARE(DocsController::compare(router.routes(), document), QStringList());

    // A route the document lacks, an operation the router lacks, and a template that differs
    // only in its parameter's name.
    router.add(u"DELETE"_s, u"/things/{id}"_s, Access::User, nothing);
    QJsonObject paths = document.value(u"paths"_s).toObject();
    paths.insert(u"/things/{thing_id}/parts"_s, QJsonObject{ { u"get"_s, operation } });
    router.add(u"GET"_s, u"/things/{id}/parts"_s, Access::Public, nothing);
    document.insert(u"paths"_s, paths);
    const QStringList problems = DocsController::compare(router.routes(), document);
    QCOMPARE(problems,
             QStringList({ u"DELETE /things/{id}: served but not documented in openapi.json"_s,
                           u"GET /things/{id}/parts: served but not documented in openapi.json"_s,
                           u"GET /things/{thing_id}/parts: documented in openapi.json but not "
                           "served"_s }));
}

void tst_OpenApi::routerMatchesDocument()
{
    // Both workers compared their routers with the document while the server started.
    QVERIFY2(m_startLog.isEmpty(), qPrintable(m_startLog.join(u'\n')));
}

void tst_OpenApi::documentedMethodsAreRouted()
{
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    QVERIFY(paths.size() > 30);
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        // No route answers OPTIONS: the router's 405 lists every method it has for the path.
        const QString path = concretePath(it.key());
        const Reply reply = m_api->raw("OPTIONS", path, {}, {});
        QVERIFY2(reply.status == 405,
                 qPrintable(it.key() + u": OPTIONS answered "_s + QString::number(reply.status)
                            + u' ' + QString::fromUtf8(reply.body)));
        QSet<QString> allowed;
        for (const QByteArray &method : reply.headers.value("allow").split(','))
            allowed.insert(QString::fromLatin1(method.trimmed()));
        const QSet<QString> documented = documentedMethods(paths, path);
        QVERIFY2(allowed == documented,
                 qPrintable(path + u": the router allows "_s
                            + QString::fromLatin1(reply.headers.value("allow"))
                            + u", the document has "_s + documented.values().join(u", ")));
    }
}

void tst_OpenApi::securityMatchesAccess()
{
    // An operation needs a token when its security (or the document's) has no empty
    // requirement; anonymous calls to it must be refused by the auth step, and only to it.
    const QJsonArray global = m_document.value(u"security"_s).toArray();
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        const QJsonObject item = it.value().toObject();
        for (const QString &key : kOperationKeys) {
            if (!item.contains(key))
                continue;
            const QJsonObject operation = item.value(key).toObject();
            const QJsonArray security = operation.contains(u"security"_s)
                    ? operation.value(u"security"_s).toArray()
                    : global;
            bool anonymousAllowed = security.isEmpty();
            for (const QJsonValue requirement : security)
                anonymousAllowed |= requirement.toObject().isEmpty();

            const Reply reply =
                    m_api->raw(key.toUpper().toLatin1(), concretePath(it.key()), {}, {});
            const bool refused = reply.status == 401 && reply.errorCode() == u"UNAUTHORIZED";
            const QString what = key.toUpper() + u' ' + it.key() + u": "_s;
            QVERIFY2(refused != anonymousAllowed,
                     qPrintable(what
                                + (anonymousAllowed ? u"documented as public, answered "_s
                                                    : u"documented as needing a token, "
                                                      "answered "_s)
                                + QString::number(reply.status) + u' '
                                + QString::fromUtf8(reply.body.left(200))));
            if (!anonymousAllowed) {
                QCOMPARE(reply.headers.value("www-authenticate"), QByteArray("Bearer"));
                QVERIFY2(operation.value(u"responses"_s).toObject().contains(u"401"_s),
                         qPrintable(what + u"no 401 documented"_s));
            }
        }
    }
}

void tst_OpenApi::documentIsServed()
{
    const Reply reply = m_api->get(u"/openapi.json"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(mediaType(reply.headers.value("content-type")), QByteArray("application/json"));
    QCOMPARE(m_document.value(u"openapi"_s).toString(), u"3.0.3"_s);
    QVERIFY(!m_document.value(u"info"_s).toObject().value(u"version"_s).toString().isEmpty());
    // Relative, so that the document also works behind nginx's /api prefix.
    const QJsonArray servers = m_document.value(u"servers"_s).toArray();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first().toObject().value(u"url"_s).toString(), u"."_s);
    const QJsonObject &document = m_document;
    const QJsonObject schemes = document[u"components"_s][u"securitySchemes"_s].toObject();
    QCOMPARE(schemes[u"bearerAuth"_s][u"scheme"_s].toString(), u"bearer"_s);
    QCOMPARE(schemes[u"OAuth2Password"_s][u"flows"_s][u"password"_s][u"tokenUrl"_s].toString(),
             u"auth/login"_s);
}

void tst_OpenApi::documentIsCached()
{
    const Reply first = m_api->get(u"/openapi.json"_s);
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10);
    QCOMPARE(first.headers.value("cache-control"), QByteArray("no-cache"));

    const Reply again = m_api->raw("GET", u"/openapi.json"_s, {}, { { "If-None-Match", etag } });
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.headers.value("etag"), etag);

    const Reply stale = m_api->raw("GET", u"/openapi.json"_s, {},
                                   { { "If-None-Match", "\"something-else\"" } });
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body, first.body);
}

void tst_OpenApi::docsPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("without slash") << u"/docs"_s;
    QTest::newRow("with slash") << u"/docs/"_s;
}

void tst_OpenApi::docsPage()
{
    QFETCH(QString, path);
    const Reply reply = m_api->get(path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(!reply.headers.value("etag").isEmpty());
    const QString html = QString::fromUtf8(reply.body);

    // The page adds every asset itself, relative to its own folder (so /docs, /docs/ and a path
    // prefix all work): the markup has no URL a browser could resolve against the wrong base.
    for (const QString &asset : DocsController::assetNames())
        QVERIFY2(html.contains(u'"' + asset + u'"'), qPrintable(asset + u" is not loaded"_s));
    QVERIFY(!html.contains(u"src="_s) && !html.contains(u"href="_s));
    // The document, relative to the docs folder; tokens survive a reload.
    QVERIFY(html.contains(u"\"../openapi.json\""_s));
    QVERIFY(html.contains(u"persistAuthorization: true"_s));
    QVERIFY(html.contains(u"validatorUrl: null"_s));
}

void tst_OpenApi::assets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("css") << u"swagger-ui.css"_s << QByteArray("text/css");
    QTest::newRow("bundle") << u"swagger-ui-bundle.js"_s << QByteArray("application/javascript");
    QTest::newRow("preset") << u"swagger-ui-standalone-preset.js"_s
                            << QByteArray("application/javascript");
    QTest::newRow("favicon 32") << u"favicon-32x32.png"_s << QByteArray("image/png");
    QTest::newRow("favicon 16") << u"favicon-16x16.png"_s << QByteArray("image/png");
}

void tst_OpenApi::assets()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, type);
    const Reply reply = m_api->get(u"/docs/"_s + file);
    QCOMPARE(reply.status, 200);
    QCOMPARE(mediaType(reply.headers.value("content-type")), type);
    QCOMPARE(reply.headers.value("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(reply.headers.value("cache-control").contains("max-age="));
    if (type == "image/png")
        QVERIFY(reply.body.startsWith("\x89PNG\r\n\x1a\n"));
    else
        QVERIFY(reply.body.size() > 1000);

    const QByteArray etag = reply.headers.value("etag");
    QVERIFY(!etag.isEmpty());
    const Reply again = m_api->raw("GET", u"/docs/"_s + file, {}, { { "If-None-Match", etag } });
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
}

void tst_OpenApi::unknownAssetIsNotFound()
{
    for (const QString &file : { u"index.html"_s, u"swagger-ui.js"_s, u"package.json"_s }) {
        const Reply reply = m_api->get(u"/docs/"_s + file);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), u"NOT_FOUND"_s);
    }
}

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
