// The strict multipart/form-data reader behind every upload (server/storage/multipart.h): what
// browsers and curl send is read, anything malformed is a 400 rather than a guess.

#include "common/apperror.h"
#include "multipart.h"

#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kType = "multipart/form-data; boundary=XyZ";

// One well-formed part with boundary "XyZ", without the closing delimiter.
QByteArray part(const QByteArray &headers, const QByteArray &data)
{
    return "--XyZ\r\n" + headers + "\r\n\r\n" + data + "\r\n";
}

const QByteArray kFileHeaders =
        "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
        "Content-Type: image/png";

} // namespace

class TestMultipart final : public QObject
{
    Q_OBJECT

private slots:
    void boundary_data();
    void boundary();
    void wellFormed_data();
    void wellFormed();
    void malformed_data();
    void malformed();
    void headersAndFileName();
    void binaryDataIsKeptExactly();
};

void TestMultipart::boundary_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");

    QTest::newRow("plain") << kType << "XyZ"_ba;
    QTest::newRow("curl")
            << "multipart/form-data; boundary=------------------------d74496d66958873e"_ba
            << "------------------------d74496d66958873e"_ba;
    QTest::newRow("quoted") << "multipart/form-data; boundary=\"a b:c\""_ba
                            << "a b:c"_ba;
    QTest::newRow("case and spaces") << "Multipart/Form-Data ;  BOUNDARY=abc ; charset=utf-8"_ba
                                     << "abc"_ba;
    QTest::newRow("70 characters")
            << "multipart/form-data; boundary="_ba + QByteArray(70, 'b') << QByteArray(70, 'b');
    QTest::newRow("71 characters")
            << "multipart/form-data; boundary="_ba + QByteArray(71, 'b') << QByteArray();
    QTest::newRow("missing") << "multipart/form-data"_ba << QByteArray();
    QTest::newRow("empty") << "multipart/form-data; boundary=\"\""_ba << QByteArray();
    QTest::newRow("ends in space") << "multipart/form-data; boundary=\"ab \""_ba << QByteArray();
    QTest::newRow("invalid character")
            << "multipart/form-data; boundary=\"a\\\"b\""_ba << QByteArray();
    QTest::newRow("other type") << "multipart/mixed; boundary=abc"_ba << QByteArray();
    QTest::newRow("twice") << "multipart/form-data; boundary=a; boundary=b"_ba << QByteArray();
    QTest::newRow("unterminated quote") << "multipart/form-data; boundary=\"abc"_ba << QByteArray();
    QTest::newRow("garbage parameter") << "multipart/form-data; boundary=abc; ;"_ba << QByteArray();
}

void TestMultipart::boundary()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(Multipart::boundary(contentType), boundary);
}

void TestMultipart::wellFormed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("names");
    QTest::addColumn<QByteArray>("fileData"); // of the part named "file"

    QTest::newRow("one file") << part(kFileHeaders, "PNGDATA") + "--XyZ--\r\n"
                              << QByteArrayList{ "file" } << "PNGDATA"_ba;
    QTest::newRow("no final line end") << part(kFileHeaders, "PNGDATA") + "--XyZ--"
                                       << QByteArrayList{ "file" } << "PNGDATA"_ba;
    QTest::newRow("fields around the file")
            << part("Content-Disposition: form-data; name=\"title\"", "Hello")
                    + part(kFileHeaders, "PNGDATA")
                    + part("Content-Disposition: form-data; name=\"alt\"", "") + "--XyZ--\r\n"
            << QByteArrayList{ "title", "file", "alt" } << "PNGDATA"_ba;
    QTest::newRow("preamble and epilogue") << "This is a preamble.\r\n"
                    + part(kFileHeaders, "PNGDATA") + "--XyZ--\r\nepilogue, ignored\r\n--XyZ\r\n"
                                           << QByteArrayList{ "file" } << "PNGDATA"_ba;
    QTest::newRow("transport padding")
            << "--XyZ \t\r\n" + kFileHeaders + "\r\n\r\nPNGDATA\r\n--XyZ--"
            << QByteArrayList{ "file" } << "PNGDATA"_ba;
    QTest::newRow("empty file") << part(kFileHeaders, "") + "--XyZ--" << QByteArrayList{ "file" }
                                << QByteArray();
    QTest::newRow("headers end at the delimiter")
            << "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n--XyZ--"_ba
            << QByteArrayList{ "file" } << QByteArray();
    QTest::newRow("data with line ends and dashes")
            << part(kFileHeaders, "a\r\n--XyY\r\n\r\n--Xy\r\n-") + "--XyZ--"
            << QByteArrayList{ "file" } << "a\r\n--XyY\r\n\r\n--Xy\r\n-"_ba;
    QTest::newRow("header names in any case")
            << part("CONTENT-DISPOSITION: Form-Data; NAME=file", "x") + "--XyZ--"
            << QByteArrayList{ "file" } << "x"_ba;
    QTest::newRow("unknown headers are kept")
            << part("X-Custom: 1\r\nContent-Disposition: form-data; name=\"file\"", "x") + "--XyZ--"
            << QByteArrayList{ "file" } << "x"_ba;
    QTest::newRow("no parts") << "--XyZ--\r\n"_ba << QByteArrayList{} << QByteArray();
}

void TestMultipart::wellFormed()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, names);
    QFETCH(QByteArray, fileData);

    QList<MultipartPart> parts;
    try {
        parts = Multipart::parse(kType, body);
    } catch (const AppError &e) {
        QFAIL(qPrintable(e.message()));
    }
    QByteArrayList got;
    for (const MultipartPart &p : std::as_const(parts)) {
        got.append(p.name);
        if (p.name == "file")
            QCOMPARE(p.data, fileData);
    }
    QCOMPARE(got, names);
}

void TestMultipart::malformed_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    const QByteArray good = part(kFileHeaders, "x") + "--XyZ--";
    QTest::newRow("no boundary parameter") << "multipart/form-data"_ba << good;
    QTest::newRow("another boundary") << "multipart/form-data; boundary=Other"_ba << good;
    QTest::newRow("empty body") << kType << QByteArray();
    QTest::newRow("no closing delimiter") << kType << part(kFileHeaders, "x");
    QTest::newRow("truncated in the data") << kType << "--XyZ\r\n" + kFileHeaders + "\r\n\r\nxx";
    QTest::newRow("truncated in the headers") << kType << "--XyZ\r\nContent-Disposition: form"_ba;
    QTest::newRow("LF line ends") << kType
                                  << "--XyZ\nContent-Disposition: form-data; name=\"file\"\n\nx\n"
                                     "--XyZ--"_ba;
    QTest::newRow("boundary followed by text")
            << kType << "--XyZabc\r\n" + kFileHeaders + "\r\n\r\nx\r\n--XyZ--";
    QTest::newRow("delimiter followed by text")
            << kType << "--XyZ\r\n" + kFileHeaders + "\r\n\r\nx\r\n--XyZ!\r\n--XyZ--";
    QTest::newRow("no headers") << kType << "--XyZ\r\n\r\nx\r\n--XyZ--"_ba;
    QTest::newRow("header line runs into the delimiter")
            << kType << "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n--XyZ--"_ba;
    QTest::newRow("no content-disposition")
            << kType << part("Content-Type: image/png", "x") + "--XyZ--";
    QTest::newRow("not form-data")
            << kType << part("Content-Disposition: attachment; name=\"file\"", "x") + "--XyZ--";
    QTest::newRow("no name") << kType
                             << part("Content-Disposition: form-data; filename=\"a.png\"", "x")
                    + "--XyZ--";
    QTest::newRow("name twice") << kType
                                << part("Content-Disposition: form-data; name=a; name=b", "x")
                    + "--XyZ--";
    QTest::newRow("unterminated quote")
            << kType << part("Content-Disposition: form-data; name=\"file", "x") + "--XyZ--";
    QTest::newRow("two dispositions") << kType
                                      << part("Content-Disposition: form-data; name=a\r\n"
                                              "Content-Disposition: form-data; name=b",
                                              "x")
                    + "--XyZ--";
    QTest::newRow("header without colon")
            << kType << part(kFileHeaders + "\r\nBogus", "x") + "--XyZ--";
    QTest::newRow("folded header")
            << kType << part("Content-Disposition: form-data;\r\n name=\"file\"", "x") + "--XyZ--";
    QTest::newRow("empty header name") << kType << part(kFileHeaders + "\r\n: x", "x") + "--XyZ--";
    QTest::newRow("header name with space")
            << kType << part(kFileHeaders + "\r\nX Y: z", "x") + "--XyZ--";
    QTest::newRow("headers too long")
            << kType
            << part(kFileHeaders + "\r\nX-Long: " + QByteArray(Multipart::kMaxHeaderBytes, 'a'),
                    "x")
                    + "--XyZ--";
    QByteArray many;
    for (int i = 0; i <= Multipart::kMaxParts; ++i)
        many += part("Content-Disposition: form-data; name=f" + QByteArray::number(i), "x");
    QTest::newRow("too many parts") << kType << many + "--XyZ--";
}

void TestMultipart::malformed()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    try {
        const QList<MultipartPart> parts = Multipart::parse(contentType, body);
        QFAIL(qPrintable(u"accepted, with %1 part(s)"_s.arg(parts.size())));
    } catch (const AppError &e) {
        QCOMPARE(e.kind(), ErrorKind::BadRequest);
        QCOMPARE(e.code(), u"BAD_REQUEST"_s);
    }
}

void TestMultipart::headersAndFileName()
{
    const QByteArray body = part("content-disposition: form-data; name=\"file\"; "
                                 "filename=\"my \\\"cat\\\".png\"\r\n"
                                 "Content-Type: image/png\r\nX-Extra:  spaced  ",
                                 "x")
            + "--XyZ--";
    const QList<MultipartPart> parts = Multipart::parse(kType, body);
    QCOMPARE(parts.size(), 1);
    const MultipartPart &p = parts.constFirst();
    QCOMPARE(p.name, "file"_ba);
    QCOMPARE(p.fileName, "my \"cat\".png"_ba);
    QCOMPARE(p.contentType, "image/png"_ba);
    QCOMPARE(p.headers.size(), 3);
    QCOMPARE(p.headers.at(0).first, "content-disposition"_ba);
    QCOMPARE(p.headers.at(2), (QPair<QByteArray, QByteArray>("x-extra", "spaced")));
}

void TestMultipart::binaryDataIsKeptExactly()
{
    QByteArray data;
    for (int i = 0; i < 4096; ++i)
        data.append(char(i * 7 % 256));
    data.append("\r\n\r\n--Xy"); // near-misses of a delimiter inside the data
    const QList<MultipartPart> parts =
            Multipart::parse(kType, part(kFileHeaders, data) + "--XyZ--\r\n");
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.constFirst().data, data);
}

QTEST_APPLESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
