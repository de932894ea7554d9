// coworking-viewshots DIR [--lang ru --qm FILE]: the bookings, settings and people views filled
// from a demo-seeded server in this process, each saved as a PNG in DIR, to look at them the way
// a user will (run under xvfb-run, or with QT_QPA_PLATFORM=offscreen). Not a test: it asserts
// nothing; the tests are tst_*view.
#include "apiharness.h"
#include "bookingsview.h"
#include "database.h"
#include "demoseeder.h"
#include "localfilestorage.h"
#include "peopleview.h"
#include "serverconfig.h"
#include "settingsview.h"
#include "sodiumpasswordhasher.h"
#include "viewtestsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QCommandLineParser>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

template<typename View>
void shoot(View &view, const QString &file, const QSize &size)
{
    QSignalSpy loaded(&view, &View::loaded);
    view.resize(size);
    view.show();
    if (!QTest::qWaitFor([&loaded] { return loaded.count() > 0; }, 15000))
        qWarning("%s: the view did not load", qPrintable(file));
    QTest::qWait(300); // the spot and option lists arrive after the bookings
    if (!view.grab().save(file))
        qWarning("could not write %s", qPrintable(file));
    else
        qInfo("%s", qPrintable(file));
}

QString coworkingNamed(client::CoworkingClient &client, const QString &name)
{
    std::optional<client::Result<Page<Coworking>>> answer;
    client.coworkings().list(
            name, PageRequest{ 10, 0 }, &client,
            [&answer](client::Result<Page<Coworking>> r) { answer = std::move(r); });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000);
    if (!answer || !answer->ok() || answer->value().items.isEmpty())
        qFatal("no demo coworking named %s", qPrintable(name));
    return answer->value().items.first().id;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addPositionalArgument(u"dir"_s, u"Where the PNGs go."_s);
    const QCommandLineOption qm(u"qm"_s, u"A compiled translation to load."_s, u"file"_s);
    const QCommandLineOption lang(u"lang"_s, u"Locale of dates and numbers."_s, u"code"_s,
                                  u"en_GB"_s);
    cli.addOptions({ qm, lang });
    cli.process(app);
    if (cli.positionalArguments().size() != 1)
        cli.showHelp(1);
    const QDir dir(cli.positionalArguments().first());
    dir.mkpath(u"."_s);
    QLocale::setDefault(QLocale(cli.value(lang)));
    QTranslator translator;
    if (cli.isSet(qm) && translator.load(cli.value(qm)))
        QApplication::installTranslator(&translator);
    const QString suffix = cli.isSet(qm) ? u"-"_s + cli.value(lang).left(2) : QString();

    QTemporaryDir data;
    test::ApiHarness api([&data](ServerConfig &config) { config.dataDir = data.path(); });
    api.clock().set(QDateTime::currentDateTimeUtc());
    SodiumPasswordHasher hasher(1, 1, true);
    LocalFileStorage storage(data.path() + u"/storage"_s);
    const DemoSeeder::Result seeded =
            DemoSeeder::seed(api.database(), hasher, api.clock(), &storage);
    if (!seeded.ok)
        qFatal("seeding the demo failed: %s", qPrintable(seeded.error));

    auto admin = test::signedInClient(api, u"admin@demo.coworking"_s, u"demo-admin-1"_s);
    const Coworking loft = test::fetchCoworking(*admin, coworkingNamed(*admin, u"Tsvetnoy"_s));

    ui::BookingsView bookings(*admin);
    bookings.setCoworking(loft);
    shoot(bookings, dir.filePath(u"bookings%1.png"_s.arg(suffix)), { 1200, 640 });

    // The demo has no photos: two drawn ones show the image list at work.
    const QByteArray bearer =
            "Bearer " + api.token(u"admin@demo.coworking"_s, u"demo-admin-1"_s).toUtf8();
    for (const QColor &colour : { QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0) }) {
        QImage photo(320, 200, QImage::Format_RGB32);
        photo.fill(colour);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");
        api.raw("POST", u"/coworkings/"_s + loft.id + u"/images"_s, png,
                { { "Content-Type", "image/png" }, { "Authorization", bearer } });
    }

    ui::SettingsView settings(*admin);
    settings.setCoworking(loft);
    shoot(settings, dir.filePath(u"settings%1.png"_s.arg(suffix)), { 1200, 900 });

    ui::PeopleView people(*admin);
    people.setCoworking(loft);
    shoot(people, dir.filePath(u"people%1.png"_s.arg(suffix)), { 1000, 560 });

    auto manager = test::signedInClient(api, u"pavel@demo.coworking"_s, u"demo-manager-1"_s);
    ui::PeopleView members(*manager);
    members.setCoworking(loft);
    shoot(members, dir.filePath(u"people-manager%1.png"_s.arg(suffix)), { 1000, 560 });
    return 0;
}
