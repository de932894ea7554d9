// Uploads and stored files (API.md, Storage) over real HTTP: POST /storage/upload (raw or
// multipart), GET /storage/{key} with its caching headers, the upload size limit decided before
// the body arrives, keys that can never become paths, and the endpoints that take an image:
// avatar, coworking photos, floor plan.

#include "apiharness.h"
#include "serverconfig.h"
#include "uploadroutes.h"
#include "sitefixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// A 1x1 red PNG (IHDR, IDAT, IEND with valid CRCs).
const QByteArray kPng = QByteArray::fromHex(
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
        "9c63f8cfc0000003010100c9fe92ef0000000049454e44ae426082");
// A 1x1 grey baseline JPEG, arithmetic coded: SOI, DQT, SOF9, DAC, SOS, data, EOI.
const QByteArray kJpeg =
        QByteArray::fromHex("ffd8ffdb004300030202020203020202030303030406040404040408060605060908"
                            "0a0a090809090a0c0f0c0a0b0e0b09090d110d0e0f101011100a0c12131210130f10"
                            "1010ffc9000b080001000101011100ffcc000600101005ffda0008010100003f00d2"
                            "cf20ffd9");
// A 1x1 lossless WebP (RIFF, WEBP, VP8L chunk).
const QByteArray kWebp =
        QByteArray::fromHex("524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");

const QByteArray kBoundary = "----tst-storage-7MA4YWxkTrZu0gW";

QByteArray multipartBody(const QByteArray &data, const QByteArray &name = "file",
                         const QByteArray &fileName = "picture",
                         const QByteArray &declaredType = "application/octet-stream")
{
    return "--" + kBoundary + "\r\n"
            + "Content-Disposition: form-data; name=\"title\"\r\n\r\nA picture\r\n" + "--"
            + kBoundary + "\r\n" + "Content-Disposition: form-data; name=\"" + name
            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n"
            + data + "\r\n--" + kBoundary + "--\r\n";
}

QByteArray multipartType()
{
    return "multipart/form-data; boundary=" + kBoundary;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Reads one response head from a socket (the body is not waited for).
Reply readHead(QTcpSocket &socket, int ms)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray received;
    while (!received.contains("\r\n\r\n") && timer.elapsed() < ms) {
        if (!socket.waitForReadyRead(int(ms - timer.elapsed())))
            break;
        received += socket.readAll();
    }
    // Give a short body (an error) a moment to follow its head.
    if (received.contains("\r\n\r\n"))
        socket.waitForReadyRead(200);
    received += socket.readAll();
    return ApiHarness::parseResponse(received);
}

} // namespace

class TestStorageApi final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir; // the server's data directory: files land in <it>/storage
    std::unique_ptr<ApiHarness> m_api;
    QString m_user, m_owner, m_owner2, m_admin; // tokens
    std::unique_ptr<SiteFixture> m_site;

    ApiHarness &api() { return *m_api; }

    Headers auth(const QString &token, Headers headers = {})
    {
        if (!token.isEmpty())
            headers.append({ "Authorization", "Bearer " + token.toLatin1() });
        return headers;
    }

    Reply sendRaw(const QByteArray &method, const QString &path, const QByteArray &bytes,
                  const QByteArray &type, const QString &token)
    {
        return api().raw(method, path, bytes, auth(token, { { "Content-Type", type } }));
    }

    Reply sendMultipart(const QByteArray &method, const QString &path, const QByteArray &bytes,
                        const QString &token)
    {
        return api().raw(method, path, multipartBody(bytes),
                         auth(token, { { "Content-Type", multipartType() } }));
    }

    Reply upload(const QByteArray &bytes, const QByteArray &type = "image/png")
    {
        return sendRaw("POST", u"/storage/upload"_s, bytes, type, m_user);
    }

    QString createCoworking(const QString &token) { return m_site->coworking(token); }

    int storedFiles() const
    {
        int n = 0;
        QDirIterator it(m_dataDir.path() + u"/storage"_s, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

    QString fileOnDisk(const QString &url) const
    {
        const QString key = url.mid(u"/storage/"_s.size());
        return m_dataDir.path() + u"/storage/"_s + key.left(2) + u'/' + key;
    }

private slots:
    void initTestCase();
    void cleanupTestCase()
    {
        m_site.reset();
        m_api.reset();
    }

    void uploadRaw_data();
    void uploadRaw();
    void uploadMultipart_data();
    void uploadMultipart();
    void contentDecidesNotDeclaredType();
    void conditionalGet_data();
    void conditionalGet();
    void nonImageIsRejected_data();
    void nonImageIsRejected();
    void wrongContentType_data();
    void wrongContentType();
    void malformedMultipart();
    void multipartWithoutFile();
    void oversizedUploadAnsweredBeforeBody();
    void uploadLimitIsTenMiB_data();
    void uploadLimitIsTenMiB();
    void largeUploadWithinLimit();
    void badKeys_data();
    void badKeys();
    void unauthenticated_data();
    void unauthenticated();
    void dedup();
    void avatar();
    void coworkingImages();
    void coworkingImagePermissions();
    void coworkingImagesGoWithTheCoworking();
    void floorPlan();
    void uploadRouteMatcher_data();
    void uploadRouteMatcher();
};

void TestStorageApi::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    m_api = std::make_unique<ApiHarness>(
            [this](ServerConfig &config) { config.dataDir = m_dataDir.path(); });
    m_site = std::make_unique<SiteFixture>(api());
    m_user = m_site->personNamed(u"user@example.com"_s).token;
    m_owner = m_site->person(true).token;
    m_owner2 = m_site->person(true).token;
    m_admin = m_site->person(false, true).token;
}

void TestStorageApi::uploadRaw_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("extension");

    QTest::newRow("png") << kPng << "image/png"_ba << u"png"_s;
    QTest::newRow("jpeg") << kJpeg << "image/jpeg"_ba << u"jpg"_s;
    QTest::newRow("webp") << kWebp << "image/webp"_ba << u"webp"_s;
}

void TestStorageApi::uploadRaw()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, type);
    QFETCH(QString, extension);

    const Reply r = upload(bytes, type);
    QCOMPARE(r.status, 201);
    const QString url = r.obj()[u"url"_s].toString();
    QCOMPARE(url, u"/storage/"_s + sha256(bytes) + u'.' + extension);
    QCOMPARE(r.headers.value("location"), url.toUtf8());

    const Reply file = api().get(url); // public: no token
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, bytes);
    QCOMPARE(file.headers.value("content-type"), type);
    QCOMPARE(file.headers.value("etag"), '"' + sha256(bytes).toLatin1() + '"');
    QCOMPARE(file.headers.value("cache-control"), "public, max-age=31536000, immutable"_ba);
    QCOMPARE(file.headers.value("x-content-type-options"), "nosniff"_ba);
}

void TestStorageApi::uploadMultipart_data()
{
    uploadRaw_data();
}

void TestStorageApi::uploadMultipart()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, type);
    QFETCH(QString, extension);

    const Reply r = sendMultipart("POST", u"/storage/upload"_s, bytes, m_user);
    QCOMPARE(r.status, 201);
    const QString url = r.obj()[u"url"_s].toString();
    QCOMPARE(url, u"/storage/"_s + sha256(bytes) + u'.' + extension);

    const Reply file = api().get(url);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, bytes);
    QCOMPARE(file.headers.value("content-type"), type);
}

void TestStorageApi::contentDecidesNotDeclaredType()
{
    // A JPEG sent as image/png, and a PNG in a part declared text/plain named "notes.txt": the
    // bytes decide what is stored and how it is served.
    const Reply jpeg = upload(kJpeg, "image/png");
    QCOMPARE(jpeg.status, 201);
    QVERIFY(jpeg.obj()[u"url"_s].toString().endsWith(u".jpg"_s));
    QCOMPARE(api().get(jpeg.obj()[u"url"_s].toString()).headers.value("content-type"),
             "image/jpeg"_ba);

    const QByteArray body = multipartBody(kPng, "file", "notes.txt", "text/plain");
    const Reply png = api().raw("POST", u"/storage/upload"_s, body,
                                auth(m_user, { { "Content-Type", multipartType() } }));
    QCOMPARE(png.status, 201);
    QVERIFY(png.obj()[u"url"_s].toString().endsWith(u".png"_s));

    // Any image/* type means "the body is the file"; the content still decides.
    QCOMPARE(upload(kWebp, "image/gif").status, 201);
}

void TestStorageApi::conditionalGet_data()
{
    QTest::addColumn<QByteArray>("ifNoneMatch"); // "%1": the file's ETag
    QTest::addColumn<int>("status");

    QTest::newRow("same tag") << "%1"_ba << 304;
    QTest::newRow("weak form") << "W/%1"_ba << 304;
    QTest::newRow("in a list") << "\"0000\", %1"_ba << 304;
    QTest::newRow("any") << "*"_ba << 304;
    QTest::newRow("other tag") << "\"0000\""_ba << 200;
    QTest::newRow("unquoted hash") << "%2"_ba << 200;
}

void TestStorageApi::conditionalGet()
{
    QFETCH(QByteArray, ifNoneMatch);
    QFETCH(int, status);

    const QString url = upload(kPng).obj()[u"url"_s].toString();
    const QByteArray etag = api().get(url).headers.value("etag");
    QVERIFY(!etag.isEmpty());
    const QByteArray header =
            ifNoneMatch.replace("%1", etag).replace("%2", sha256(kPng).toLatin1());
    const Reply r = api().raw("GET", url, {}, { { "If-None-Match", header } });
    QCOMPARE(r.status, status);
    QCOMPARE(r.headers.value("etag"), etag);
    QCOMPARE(r.headers.value("cache-control"), "public, max-age=31536000, immutable"_ba);
    if (status == 304)
        QVERIFY(r.body.isEmpty());
    else
        QCOMPARE(r.body, kPng);
}

void TestStorageApi::nonImageIsRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("multipart");

    const QByteArray html = "<!doctype html><script>alert(document.cookie)</script>";
    QTest::newRow("html as image/png") << html << false;
    QTest::newRow("html in multipart") << html << true;
    QTest::newRow("gif") << "GIF89a\x01\0\x01\0\x80\0\0"_ba << false;
    QTest::newRow("svg") << "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"_ba << false;
    QTest::newRow("truncated png signature") << kPng.left(7) << false;
    QTest::newRow("png signature later") << "x" + kPng << false;
    QTest::newRow("empty multipart file") << QByteArray() << true;
}

void TestStorageApi::nonImageIsRejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, multipart);

    const int before = storedFiles();
    const Reply r = multipart ? sendMultipart("POST", u"/storage/upload"_s, bytes, m_user)
                              : upload(bytes, "image/png");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
    QCOMPARE(r.errorFields(), QStringList{ u"file"_s });
    if (!bytes.isEmpty()) {
        QCOMPARE(r.obj()[u"error"_s][u"details"_s][u"fields"_s][0][u"message"_s].toString(),
                 u"must be a PNG, JPEG or WebP image"_s);
    }
    QCOMPARE(storedFiles(), before); // nothing written
}

void TestStorageApi::wrongContentType_data()
{
    QTest::addColumn<QByteArray>("type");

    QTest::newRow("text/plain") << "text/plain"_ba;
    QTest::newRow("application/json") << "application/json"_ba;
    QTest::newRow("application/octet-stream") << "application/octet-stream"_ba;
    QTest::newRow("multipart/mixed") << "multipart/mixed; boundary=x"_ba;
}

void TestStorageApi::wrongContentType()
{
    // A valid PNG, but declared as something that is neither an image nor a form: the contract's
    // answer to a wrong Content-Type (API.md, Conventions) is 400 BAD_REQUEST.
    QFETCH(QByteArray, type);
    const Reply r = upload(kPng, type);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"BAD_REQUEST"_s);
}

void TestStorageApi::malformedMultipart()
{
    const QList<QPair<QByteArray, QByteArray>> cases{
        { multipartType(), "not a multipart body" },
        { multipartType(), multipartBody(kPng).chopped(4) }, // no closing delimiter
        { "multipart/form-data", multipartBody(kPng) }, // no boundary
        { "multipart/form-data; boundary=other", multipartBody(kPng) },
    };
    for (const auto &[type, body] : cases) {
        const Reply r = api().raw("POST", u"/storage/upload"_s, body,
                                  auth(m_user, { { "Content-Type", type } }));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"BAD_REQUEST"_s);
    }
}

void TestStorageApi::multipartWithoutFile()
{
    const Reply r = api().raw("POST", u"/storage/upload"_s, multipartBody(kPng, "image"),
                              auth(m_user, { { "Content-Type", multipartType() } }));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorFields(), QStringList{ u"file"_s });
}

void TestStorageApi::oversizedUploadAnsweredBeforeBody()
{
    // 11 MiB announced and not one byte of it sent: the 413 must come anyway, at once.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, api().port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    socket.write("POST /storage/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                 + m_user.toLatin1()
                 + "\r\nContent-Type: image/png\r\nContent-Length: 11534336\r\n\r\n");
    socket.waitForBytesWritten(2000);
    const Reply r = readHead(socket, 3000);
    QCOMPARE(r.status, 413);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"413 took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(r.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
    QCOMPARE(r.obj()[u"error"_s][u"details"_s][u"max_bytes"_s].toInteger(), 10 * 1024 * 1024);
}

void TestStorageApi::uploadLimitIsTenMiB_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<int>("status"); // 100: the guard accepted the head and asks for the body

    const QByteArray coworking = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const qint64 mib = 1024 * 1024;
    QTest::newRow("upload, 10 MiB") << "POST /storage/upload"_ba << 10 * mib << 100;
    QTest::newRow("upload, 10 MiB + 1") << "POST /storage/upload"_ba << 10 * mib + 1 << 413;
    QTest::newRow("upload with a query") << "POST /storage/upload?x=1"_ba << 5 * mib << 100;
    QTest::newRow("avatar, 10 MiB") << "PUT /users/me/avatar"_ba << 10 * mib << 100;
    QTest::newRow("coworking image")
            << "POST /coworkings/" + coworking + "/images" << 10 * mib << 100;
    QTest::newRow("floor plan") << "PUT /coworkings/" + coworking + "/floor-plan" << 10 * mib
                                << 100;
    QTest::newRow("floor plan, too large")
            << "PUT /coworkings/" + coworking + "/floor-plan" << 10 * mib + 1 << 413;
    // Everything else keeps the 1 MiB limit.
    QTest::newRow("json, 2 MiB") << "POST /users"_ba << 2 * mib << 413;
    QTest::newRow("json, 1 MiB") << "POST /users"_ba << mib << 100;
    QTest::newRow("patch coworking, 2 MiB") << "PATCH /coworkings/" + coworking << 2 * mib << 413;
    QTest::newRow("images with a non-uuid id") << "POST /coworkings/x/images"_ba << 2 * mib << 413;
    QTest::newRow("encoded upload path") << "POST /storage/%75pload"_ba << 2 * mib << 413;
    QTest::newRow("GET on the upload path") << "GET /storage/upload"_ba << 2 * mib << 413;
}

void TestStorageApi::uploadLimitIsTenMiB()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(qint64, length);
    QFETCH(int, status);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, api().port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\n"
                 + "Content-Length: " + QByteArray::number(length)
                 + "\r\nExpect: 100-continue\r\n\r\n");
    socket.waitForBytesWritten(2000);
    const Reply r = readHead(socket, 3000);
    QCOMPARE(r.status, status);
    if (status == 413)
        QCOMPARE(r.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
    socket.abort(); // the body is never sent
}

void TestStorageApi::largeUploadWithinLimit()
{
    // Three times the JSON limit, sent in full: accepted on the upload route.
    const QByteArray big = kPng + QByteArray(3 * 1024 * 1024, 'x');
    const Reply r = upload(big);
    QCOMPARE(r.status, 201);
    const Reply file = api().get(r.obj()[u"url"_s].toString());
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body.size(), big.size());
    QCOMPARE(file.body, big);
}

void TestStorageApi::badKeys_data()
{
    QTest::addColumn<QByteArray>("target"); // sent as is in the request line

    const QByteArray hash = sha256(kPng).toLatin1();
    QTest::newRow("encoded parent dirs") << "/storage/..%2F..%2Fetc%2Fpasswd"_ba;
    QTest::newRow("parent dir") << "/storage/../x"_ba;
    QTest::newRow("short") << "/storage/abc"_ba;
    QTest::newRow("encoded dots") << "/storage/%2e%2e%2f%2e%2e%2fetc%2fpasswd"_ba;
    QTest::newRow("encoded dot-dot key") << "/storage/%2e%2e"_ba;
    QTest::newRow("absolute") << "/storage/%2Fetc%2Fpasswd"_ba;
    QTest::newRow("backslashes") << "/storage/..%5C..%5Cetc%5Cpasswd"_ba;
    QTest::newRow("parent then a real key") << "/storage/..%2F" + hash + ".png";
    QTest::newRow("subdirectory and key") << "/storage/" + hash.left(2) + "%2F" + hash + ".png";
    QTest::newRow("key without extension") << "/storage/" + hash;
    QTest::newRow("other extension") << "/storage/" + hash + ".jpg"; // stored as .png
    QTest::newRow("unknown extension") << "/storage/" + hash + ".html";
    QTest::newRow("unknown hash") << "/storage/" + QByteArray(64, 'a') + ".png";
    QTest::newRow("NUL byte") << "/storage/" + hash + ".png%00"_ba;
}

void TestStorageApi::badKeys()
{
    QFETCH(QByteArray, target);
    QCOMPARE(upload(kPng).status, 201); // a real file exists, so a miss is the key's fault
    const Reply r = api().rawBytes("GET " + target
                                   + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"NOT_FOUND"_s);
    QVERIFY(!r.body.contains("root:"));
}

void TestStorageApi::unauthenticated_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    const QString someId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTest::newRow("upload") << "POST"_ba << u"/storage/upload"_s;
    QTest::newRow("avatar") << "PUT"_ba << u"/users/me/avatar"_s;
    QTest::newRow("coworking image") << "POST"_ba << u"/coworkings/%1/images"_s.arg(someId);
    QTest::newRow("floor plan") << "PUT"_ba << u"/coworkings/%1/floor-plan"_s.arg(someId);
}

void TestStorageApi::unauthenticated()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const int before = storedFiles();
    const Reply r = sendRaw(method, path, kPng + "unauthenticated", "image/png", {});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.headers.value("www-authenticate"), "Bearer"_ba);
    QCOMPARE(storedFiles(), before);
}

void TestStorageApi::dedup()
{
    const QByteArray bytes = kPng + "dedup"; // trailing bytes after IEND: new content
    const int before = storedFiles();
    const Reply first = upload(bytes);
    const Reply second = sendMultipart("POST", u"/storage/upload"_s, bytes, m_owner);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    const QString url = first.obj()[u"url"_s].toString();
    QCOMPARE(second.obj()[u"url"_s].toString(), url);
    QCOMPARE(storedFiles(), before + 1);

    // <data-dir>/storage/<first two hex digits>/<key>, holding exactly the bytes.
    QFile file(fileOnDisk(url));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(file.readAll(), bytes);
}

void TestStorageApi::avatar()
{
    const Reply r = sendRaw("PUT", u"/users/me/avatar"_s, kJpeg, "image/jpeg", m_user);
    QCOMPARE(r.status, 200);
    const QString url = r.obj()[u"avatar_url"_s].toString();
    QCOMPARE(url, u"/storage/"_s + sha256(kJpeg) + u".jpg"_s);
    QCOMPARE(r.obj()[u"email"_s].toString(), u"user@example.com"_s);
    QVERIFY(!r.obj().contains(u"password_hash"_s));
    QCOMPARE(api().get(u"/users/me"_s, m_user).obj()[u"avatar_url"_s].toString(), url);
    QCOMPARE(api().get(url).body, kJpeg);

    // Multipart replaces it; a non-image leaves it as it was.
    const Reply again = sendMultipart("PUT", u"/users/me/avatar"_s, kWebp, m_user);
    QCOMPARE(again.status, 200);
    const QString webp = again.obj()[u"avatar_url"_s].toString();
    QVERIFY(webp.endsWith(u".webp"_s));
    QCOMPARE(sendRaw("PUT", u"/users/me/avatar"_s, "hello", "image/png", m_user).status, 422);
    QCOMPARE(api().get(u"/users/me"_s, m_user).obj()[u"avatar_url"_s].toString(), webp);
}

void TestStorageApi::coworkingImages()
{
    const QString id = createCoworking(m_owner);
    const QString path = u"/coworkings/%1/images"_s.arg(id);

    const Reply first = sendRaw("POST", path, kPng, "image/png", m_owner);
    QCOMPARE(first.status, 201);
    const QString firstId = first.obj()[u"id"_s].toString();
    QVERIFY(QUuid::fromString(firstId).isNull() == false);
    QCOMPARE(first.obj()[u"url"_s].toString(), u"/storage/"_s + sha256(kPng) + u".png"_s);
    QCOMPARE(first.headers.value("location"), (path + u'/' + firstId).toUtf8());

    const Reply second = sendMultipart("POST", path, kWebp, m_owner);
    QCOMPARE(second.status, 201);
    const QString secondId = second.obj()[u"id"_s].toString();

    // In upload order, on the coworking and on its list item.
    const QJsonArray expected{
        QJsonObject{ { u"id"_s, firstId }, { u"url"_s, first.obj()[u"url"_s] } },
        QJsonObject{ { u"id"_s, secondId }, { u"url"_s, second.obj()[u"url"_s] } },
    };
    const Reply coworking = api().get(u"/coworkings/"_s + id);
    QCOMPARE(coworking.status, 200);
    QCOMPARE(coworking.obj()[u"images"_s].toArray(), expected);
    const Reply list = api().get(u"/coworkings?count=100"_s);
    QCOMPARE(list.status, 200);
    bool listed = false;
    for (const QJsonValue item : list.arr()) {
        if (item[u"id"_s].toString() == id) {
            listed = true;
            QCOMPARE(item[u"images"_s].toArray(), expected);
        } else {
            QVERIFY(item[u"images"_s].isArray());
        }
    }
    QVERIFY(listed);

    // Removing one keeps the other; removing it again is a 404.
    QCOMPARE(api().del(path + u'/' + firstId, m_owner).status, 204);
    QCOMPARE(api().get(u"/coworkings/"_s + id).obj()[u"images"_s].toArray(),
             QJsonArray{ expected.at(1) });
    const Reply gone = api().del(path + u'/' + firstId, m_owner);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), u"IMAGE_NOT_FOUND"_s);

    // The file stays: files are shared by content (the same PNG may be anyone's avatar).
    QCOMPARE(api().get(first.obj()[u"url"_s].toString()).status, 200);

    // A non-image adds nothing.
    const Reply bad = sendRaw("POST", path, "plain text", "image/png", m_owner);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorFields(), QStringList{ u"file"_s });
    QCOMPARE(api().get(u"/coworkings/"_s + id).obj()[u"images"_s].toArray().size(), 1);
}

void TestStorageApi::coworkingImagePermissions()
{
    const QString id = createCoworking(m_owner);
    const QString path = u"/coworkings/%1/images"_s.arg(id);
    const QString imageId =
            sendRaw("POST", path, kPng, "image/png", m_owner).obj()[u"id"_s].toString();
    QVERIFY(!imageId.isEmpty());

    // Another business user and a plain user may not add or remove.
    for (const QString &token : { m_owner2, m_user }) {
        const Reply add = sendRaw("POST", path, kJpeg, "image/jpeg", token);
        QCOMPARE(add.status, 403);
        QCOMPARE(add.errorCode(), u"FORBIDDEN"_s);
        const Reply remove = api().del(path + u'/' + imageId, token);
        QCOMPARE(remove.status, 403);
        QCOMPARE(remove.errorCode(), u"FORBIDDEN"_s);
    }
    QCOMPARE(api().get(u"/coworkings/"_s + id).obj()[u"images"_s].toArray().size(), 1);

    // An admin may.
    QCOMPARE(sendRaw("POST", path, kJpeg, "image/jpeg", m_admin).status, 201);
    QCOMPARE(api().del(path + u'/' + imageId, m_admin).status, 204);

    // Unknown coworking; an image id of another coworking.
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Reply missing =
            sendRaw("POST", u"/coworkings/%1/images"_s.arg(unknown), kPng, "image/png", m_owner);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"COWORKING_NOT_FOUND"_s);
    const QString other = createCoworking(m_owner2);
    const QString otherImage =
            sendRaw("POST", u"/coworkings/%1/images"_s.arg(other), kPng, "image/png", m_owner2)
                    .obj()[u"id"_s]
                    .toString();
    const Reply foreign = api().del(path + u'/' + otherImage, m_owner);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.errorCode(), u"IMAGE_NOT_FOUND"_s);
    QCOMPARE(api().get(u"/coworkings/"_s + other).obj()[u"images"_s].toArray().size(), 1);
}

void TestStorageApi::coworkingImagesGoWithTheCoworking()
{
    const QString id = createCoworking(m_owner);
    QCOMPARE(sendRaw("POST", u"/coworkings/%1/images"_s.arg(id), kPng, "image/png", m_owner).status,
             201);
    QCOMPARE(api().del(u"/coworkings/"_s + id, m_owner).status, 204);
    const auto rows = api().sql(
            u"SELECT COUNT(*) AS n FROM coworking_images WHERE coworking_id = ?"_s, { id });
    QCOMPARE(rows.value(0).value(u"n"_s).toInt(), 0);
}

void TestStorageApi::floorPlan()
{
    const QString id = createCoworking(m_owner);
    const QString path = u"/coworkings/%1/floor-plan"_s.arg(id);

    const Reply r = sendRaw("PUT", path, kWebp, "image/webp", m_owner);
    QCOMPARE(r.status, 200);
    const QString url = u"/storage/"_s + sha256(kWebp) + u".webp"_s;
    QCOMPARE(r.obj()[u"floor_plan_url"_s].toString(), url);
    QCOMPARE(r.obj()[u"id"_s].toString(), id);
    QVERIFY(r.obj()[u"booking_policy"_s].isObject());
    QCOMPARE(api().get(u"/coworkings/"_s + id).obj()[u"floor_plan_url"_s].toString(), url);

    // Replaced by multipart; others may not; a non-image changes nothing.
    const Reply png = sendMultipart("PUT", path, kPng, m_owner);
    QCOMPARE(png.status, 200);
    const QString pngUrl = png.obj()[u"floor_plan_url"_s].toString();
    QVERIFY(pngUrl.endsWith(u".png"_s));
    const Reply other = sendRaw("PUT", path, kJpeg, "image/jpeg", m_owner2);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.errorCode(), u"FORBIDDEN"_s);
    QCOMPARE(sendRaw("PUT", path, "text", "image/png", m_owner).status, 422);
    QCOMPARE(sendRaw("PUT", path, kJpeg, "image/jpeg", m_admin).status, 200);
    QVERIFY(api().get(u"/coworkings/"_s + id)
                    .obj()[u"floor_plan_url"_s]
                    .toString()
                    .endsWith(u".jpg"_s));
    // The rest of the coworking is untouched.
    QCOMPARE(api().get(u"/coworkings/"_s + id).obj()[u"opens_at"_s].toString(), u"08:00"_s);
}

void TestStorageApi::uploadRouteMatcher_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("upload");

    const QByteArray id = "0b5cf1d2-3f4e-4a8b-9c7d-1e2f3a4b5c6d";
    QTest::newRow("upload") << "POST"_ba
                            << "/storage/upload"_ba << true;
    QTest::newRow("upload, query") << "POST"_ba
                                   << "/storage/upload?a=/b"_ba << true;
    QTest::newRow("upload, extra slashes") << "POST"_ba
                                           << "//storage//upload/"_ba << true;
    QTest::newRow("upload, GET") << "GET"_ba
                                 << "/storage/upload"_ba << false;
    QTest::newRow("upload, PUT") << "PUT"_ba
                                 << "/storage/upload"_ba << false;
    QTest::newRow("upload, lower-case method") << "post"_ba
                                               << "/storage/upload"_ba << false;
    QTest::newRow("upload, longer") << "POST"_ba
                                    << "/storage/upload/x"_ba << false;
    QTest::newRow("uploads") << "POST"_ba
                             << "/storage/uploads"_ba << false;
    QTest::newRow("upload, other case") << "POST"_ba
                                        << "/Storage/upload"_ba << false;
    QTest::newRow("absolute form") << "POST"_ba
                                   << "http://host/storage/upload"_ba << false;
    QTest::newRow("avatar") << "PUT"_ba
                            << "/users/me/avatar"_ba << true;
    QTest::newRow("avatar, POST") << "POST"_ba
                                  << "/users/me/avatar"_ba << false;
    QTest::newRow("avatar of an id") << "PUT"_ba
                                     << "/users/" + id + "/avatar" << false;
    QTest::newRow("images") << "POST"_ba
                            << "/coworkings/" + id + "/images" << true;
    QTest::newRow("images, upper-case id") << "POST"_ba
                                           << "/coworkings/" + id.toUpper() + "/images" << true;
    QTest::newRow("images, PUT") << "PUT"_ba
                                 << "/coworkings/" + id + "/images" << false;
    QTest::newRow("images, not a uuid") << "POST"_ba
                                        << "/coworkings/me/images"_ba << false;
    QTest::newRow("images, encoded id") << "POST"_ba
                                        << "/coworkings/%2e%2e/images"_ba << false;
    QTest::newRow("image delete") << "DELETE"_ba
                                  << "/coworkings/" + id + "/images/" + id << false;
    QTest::newRow("floor plan") << "PUT"_ba
                                << "/coworkings/" + id + "/floor-plan" << true;
    QTest::newRow("floor plan, POST") << "POST"_ba
                                      << "/coworkings/" + id + "/floor-plan" << false;
    QTest::newRow("coworking") << "PUT"_ba
                               << "/coworkings/" + id << false;
    QTest::newRow("users") << "POST"_ba
                           << "/users"_ba << false;
    QTest::newRow("empty") << "POST"_ba << QByteArray() << false;
}

void TestStorageApi::uploadRouteMatcher()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(bool, upload);
    QCOMPARE(isUploadRoute(method, target), upload);
    const HttpLimits limits;
    QCOMPARE(maxBodyBytesFor(limits, method, target),
             upload ? limits.maxUploadBytes : limits.maxBodyBytes);
}

QTEST_GUILESS_MAIN(TestStorageApi)
#include "tst_storageapi.moc"
