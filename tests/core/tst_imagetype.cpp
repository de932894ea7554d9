// What counts as an image and as a storage key (core/storage): decided by content and by a strict
// pattern, so neither a declared type nor a crafted key can get past.

#include "storage/filestorage.h"
#include "storage/imagetype.h"

#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<ImageType>)

class TestImageType final : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
    void extensions();
    void keys_data();
    void keys();
    void keyIsTheContentHash();
};

void TestImageType::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<std::optional<ImageType>>("type");
    const std::optional<ImageType> none;

    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                         << std::optional(ImageType::Png);
    QTest::newRow("png signature only")
            << QByteArray("\x89PNG\r\n\x1a\n", 8) << std::optional(ImageType::Png);
    QTest::newRow("png, broken signature") << QByteArray("\x89PNG\r\n\x1a", 7) << none;
    QTest::newRow("png, converted line ends") << QByteArray("\x89PNG\n\x1a\n\0", 9) << none;
    QTest::newRow("jpeg jfif") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10)
                               << std::optional(ImageType::Jpeg);
    QTest::newRow("jpeg exif") << QByteArray("\xff\xd8\xff\xe1", 4)
                               << std::optional(ImageType::Jpeg);
    QTest::newRow("jpeg, two bytes") << QByteArray("\xff\xd8", 2) << none;
    QTest::newRow("webp") << "RIFF\x24\0\0\0WEBPVP8 "_ba << std::optional(ImageType::WebP);
    QTest::newRow("webp header only") << "RIFF\0\0\0\0WEBP"_ba << std::optional(ImageType::WebP);
    QTest::newRow("riff wave") << "RIFF\x24\0\0\0WAVEfmt "_ba << none;
    QTest::newRow("riff, short") << "RIFF\x24\0\0\0WEB"_ba << none;
    QTest::newRow("gif") << "GIF89a\x01\0\x01\0"_ba << none;
    QTest::newRow("svg") << "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"_ba << none;
    QTest::newRow("html") << "<!doctype html><script>alert(1)</script>"_ba << none;
    QTest::newRow("text") << "hello"_ba << none;
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("png after a byte") << QByteArray(" \x89PNG\r\n\x1a\n", 9) << none;
}

void TestImageType::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(std::optional<ImageType>, type);
    QCOMPARE(sniffImageType(bytes), type);
}

void TestImageType::extensions()
{
    for (const ImageType type : { ImageType::Png, ImageType::Jpeg, ImageType::WebP })
        QCOMPARE(imageTypeFromExtension(imageExtension(type)), std::optional(type));
    QCOMPARE(imageExtension(ImageType::Jpeg), u"jpg"_s);
    QCOMPARE(imageMimeType(ImageType::Jpeg), "image/jpeg"_ba);
    QCOMPARE(imageMimeType(ImageType::WebP), "image/webp"_ba);
    QVERIFY(!imageTypeFromExtension(u"jpeg"));
    QVERIFY(!imageTypeFromExtension(u"PNG"));
}

void TestImageType::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    const QString hash = QString(64, u'a');

    QTest::newRow("png") << hash + u".png"_s << true;
    QTest::newRow("jpg") << u"0123456789abcdef"_s.repeated(4) + u".jpg"_s << true;
    QTest::newRow("webp") << hash + u".webp"_s << true;
    QTest::newRow("upper-case hex") << QString(64, u'A') + u".png"_s << false;
    QTest::newRow("short hash") << QString(63, u'a') + u".png"_s << false;
    QTest::newRow("long hash") << QString(65, u'a') + u".png"_s << false;
    QTest::newRow("other extension") << hash + u".gif"_s << false;
    QTest::newRow("no extension") << hash << false;
    QTest::newRow("double extension") << hash + u".png.png"_s << false;
    QTest::newRow("trailing newline") << hash + u".png\n"_s << false;
    QTest::newRow("parent") << u"../x"_s << false;
    QTest::newRow("parent before key") << u"../"_s + hash + u".png"_s << false;
    QTest::newRow("encoded parent") << u"..%2F..%2Fetc%2Fpasswd"_s << false;
    QTest::newRow("absolute") << u"/etc/passwd"_s << false;
    QTest::newRow("backslash") << u"..\\"_s + hash + u".png"_s << false;
    QTest::newRow("subdirectory") << u"aa/"_s + hash + u".png"_s << false;
    QTest::newRow("short") << u"abc"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestImageType::keys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(FileStorage::isValidKey(key), valid);
}

void TestImageType::keyIsTheContentHash()
{
    // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    const QString key = FileStorage::keyFor("abc", u"png"_s);
    QCOMPARE(key, u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad.png"_s);
    QVERIFY(FileStorage::isValidKey(key));
    QCOMPARE(FileStorage::hashOf(key), key.left(64));
    QCOMPARE(FileStorage::extensionOf(key), u"png"_s);
    QCOMPARE(FileStorage::urlFor(key), u"/storage/"_s + key);
}

QTEST_APPLESS_MAIN(TestImageType)
#include "tst_imagetype.moc"
