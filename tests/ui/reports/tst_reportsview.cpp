// The reports view on a real server: its per-spot model and heatmap hold what
// GET /coworkings/{id}/stats answers, changing the range asks again, the range is remembered,
// the export writes the server's CSV byte for byte, and a refusal is said in words.
#include "common/messagebar.h"
#include "occupancyheatmap.h"
#include "reportsview.h"
#include "sitefixture.h"
#include "spotstatsmodel.h"
#include "testhelpers.h"
#include "viewtestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coworking;
using namespace coworking::test;
using coworking::ui::OccupancyHeatmap;
using coworking::ui::ReportsView;
using coworking::ui::SpotStatsModel;

class TestReportsView : public QObject
{
    Q_OBJECT

private:
    OwnedCoworking m_site;
    std::unique_ptr<client::CoworkingClient> m_owner;
    Coworking m_coworking;
    QStringList m_spots;
    // Monday 7 January 2030, 09:00 in Moscow: the view's "today".
    ManualClock m_clock{ ApiHarness::startTime() };

    QJsonObject serverStats(const QString &from, const QString &until)
    {
        const Reply r = m_site.api->get(
                u"/coworkings/%1/stats?from=%2&until=%3"_s.arg(m_site.coworkingId, from, until),
                m_site.ownerToken);
        if (r.status != 200)
            qFatal("stats: %d %s", r.status, r.body.constData());
        return r.obj();
    }

    // A view showing the site, its first answer in.
    std::unique_ptr<ReportsView> openView(client::CoworkingClient &client)
    {
        auto view = std::make_unique<ReportsView>(client, m_clock);
        QSignalSpy loaded(view.get(), &ReportsView::loaded);
        QSignalSpy failed(view.get(), &ReportsView::loadFailed);
        view->setCoworking(m_coworking);
        if (!QTest::qWaitFor([&] { return loaded.size() + failed.size() > 0; }, 10000))
            qFatal("the reports view did not load");
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"reports"_s);
        m_spots = m_site.site->spots(m_site.ownerToken, m_site.coworkingId,
                                     QJsonArray{ QJsonObject{ { u"name"_s, u"A1"_s } },
                                                 QJsonObject{ { u"name"_s, u"B2"_s } },
                                                 QJsonObject{ { u"name"_s, u"C3"_s } } });
        registerNamed(*m_site.api, u"anna@example.com"_s, u"Anna Karenina"_s);
        const QString anna = m_site.api->token(u"anna@example.com"_s);
        // Monday 10:00-12:00 on A1, Tuesday 09:00-10:00 on B2, one cancelled on C3.
        m_site.site->book(anna, bookingBody(m_spots[0], mskText(7, "10:00"), mskText(7, "12:00")));
        m_site.site->book(anna, bookingBody(m_spots[1], mskText(8, "09:00"), mskText(8, "10:00")));
        const QString cancelled = m_site.site->book(
                anna, bookingBody(m_spots[2], mskText(9, "09:00"), mskText(9, "10:00")));
        expectStatus(m_site.api->del(u"/bookings/"_s + cancelled, anna), 204, "cancel");
        m_owner = signedInClient(*m_site.api, u"owner@example.com"_s);
        m_coworking = fetchCoworking(*m_owner, m_site.coworkingId);
    }

    void presetsMeanTheirDays()
    {
        const QDate wednesday(2030, 1, 9);
        QCOMPARE(ReportsView::rangeOf(ReportsView::Preset::ThisWeek, wednesday, Qt::Monday),
                 std::make_pair(QDate(2030, 1, 7), QDate(2030, 1, 13)));
        QCOMPARE(ReportsView::rangeOf(ReportsView::Preset::ThisWeek, wednesday, Qt::Sunday),
                 std::make_pair(QDate(2030, 1, 6), QDate(2030, 1, 12)));
        QCOMPARE(ReportsView::rangeOf(ReportsView::Preset::LastSevenDays, wednesday, Qt::Monday),
                 std::make_pair(QDate(2030, 1, 3), wednesday));
        QCOMPARE(ReportsView::rangeOf(ReportsView::Preset::ThisMonth, QDate(2030, 2, 14),
                                      Qt::Monday),
                 std::make_pair(QDate(2030, 2, 1), QDate(2030, 2, 28)));
        QCOMPARE(ReportsView::rangeOf(ReportsView::Preset::LastThirtyDays, wednesday, Qt::Monday),
                 std::make_pair(QDate(2029, 12, 11), wednesday));
    }

    void modelMatchesTheServer()
    {
        auto view = openView(*m_owner);
        QAbstractItemModelTester modelTester(
                view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
                view->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(view.get(), &ReportsView::loaded);
        view->setCustomRange(QDate(2030, 1, 7), QDate(2030, 1, 13));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!view->isLoading());

        const QJsonObject server = serverStats(u"2030-01-07"_s, u"2030-01-13"_s);
        const QJsonArray bySpot = server.value(u"by_spot"_s).toArray();
        SpotStatsModel *model = view->model();
        QCOMPARE(model->rowCount(), bySpot.size());
        QCOMPARE(model->rowCount(), 3);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject expected = bySpot.at(row).toObject();
            const SpotStats &shown = model->spotAt(row);
            QCOMPARE(shown.spotId, expected.value(u"spot_id"_s).toString());
            QCOMPARE(shown.name, expected.value(u"name"_s).toString());
            QCOMPARE(shown.bookedMinutes, expected.value(u"booked_minutes"_s).toInteger());
            QCOMPARE(shown.utilisation, expected.value(u"utilisation"_s).toDouble());
            QCOMPARE(shown.bookings, expected.value(u"bookings"_s).toInt());
            QCOMPARE(shown.cancellations, expected.value(u"cancellations"_s).toInt());
            QCOMPARE(model->index(row, SpotStatsModel::BookingsColumn).data().toString(),
                     QString::number(expected.value(u"bookings"_s).toInt()));
        }
        // A1: 2 hours of 7 days of 12 hours.
        QCOMPARE(model->spotAt(0).bookedMinutes, qint64(120));
        QCOMPARE(model->index(0, SpotStatsModel::UtilisationColumn).data().toString(), u"2.4%"_s);
        QCOMPARE(model->index(0, SpotStatsModel::BookedColumn).data().toString(), u"2.0 h"_s);

        // Sorted by utilisation, busiest first; sorting by name puts A1 first.
        QCOMPARE(view->table()->model()->index(0, 0).data().toString(), u"A1"_s);
        view->table()->sortByColumn(SpotStatsModel::SpotColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(*view->table()->model(), SpotStatsModel::SpotColumn),
                 QStringList({ u"C3"_s, u"B2"_s, u"A1"_s }));
        view->table()->sortByColumn(SpotStatsModel::BookedColumn, Qt::DescendingOrder);
        QCOMPARE(view->table()->model()->index(0, 0).data().toString(), u"A1"_s);

        // Totals as the server counts them.
        QCOMPARE(view->totalsText(),
                 u"3 | 1 | 0 | 0 | %1%"_s.arg(QLocale().toString(
                         server.value(u"utilisation"_s).toDouble() * 100, 'f', 1)));

        // The heatmap: Monday 10:00 and 11:00 booked, Monday 07:00 closed.
        const OccupancyHeatmap *heatmap = view->heatmap();
        for (const QJsonValue &v : server.value(u"by_hour"_s).toArray()) {
            const QJsonObject h = v.toObject();
            const auto shown =
                    heatmap->hour(h.value(u"weekday"_s).toInt(), h.value(u"hour"_s).toInt());
            QVERIFY(shown.has_value());
            QCOMPARE(shown->utilisation, h.value(u"utilisation"_s).toDouble());
            QCOMPARE(shown->openMinutes, h.value(u"open_minutes"_s).toInteger());
        }
        QCOMPARE(heatmap->hour(1, 10)->bookedMinutes, qint64(60));
        QVERIFY(heatmap->cellDescription(1, 7).contains(u"closed"_s));
        QVERIFY(heatmap->cellDescription(1, 10).contains(u"33.3%"_s));
        QVERIFY(heatmap->accessibleDescription().contains(u"Busiest"_s));
        QVERIFY(heatmap->accessibleDescription().contains(QLocale().dayName(1)));
        // Darker is busier.
        QVERIFY(OccupancyHeatmap::shade(0.9).lightnessF()
                < OccupancyHeatmap::shade(0.1).lightnessF());
    }

    void weekdaysFollowTheLocale()
    {
        OccupancyHeatmap heatmap;
        heatmap.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(heatmap.weekdayOrder(), QList<int>({ 7, 1, 2, 3, 4, 5, 6 }));
        heatmap.setLocale(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(heatmap.weekdayOrder(), QList<int>({ 1, 2, 3, 4, 5, 6, 7 }));
        // A cell under the pointer is the weekday of its row.
        heatmap.resize(heatmap.sizeHint());
        const auto topLeft = heatmap.cellAt(QPoint(heatmap.width() - 3, 25));
        QVERIFY(topLeft.has_value());
        QCOMPARE(topLeft->first, 1);
        QCOMPARE(topLeft->second, 23);
    }

    void changingTheRangeAsksAgain()
    {
        auto view = openView(*m_owner);
        QSignalSpy loaded(view.get(), &ReportsView::loaded);
        // As the user does it: the preset list.
        QComboBox *presets = view->presetBox();
        const int month = presets->findData(int(ReportsView::Preset::ThisMonth));
        presets->setCurrentIndex(month);
        emit presets->activated(month);
        QVERIFY(view->isLoading());
        QVERIFY(view->statusLabel()->text().contains(u"Loading"_s));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view->from(), QDate(2030, 1, 1));
        QCOMPARE(view->until(), QDate(2030, 1, 31));
        QCOMPARE(view->stats()->from, QDate(2030, 1, 1));
        QCOMPARE(view->stats()->until, QDate(2030, 1, 31));
        QVERIFY(!view->fromEdit()->isEnabled());
        QCOMPARE(view->stats()->bookings, 3);

        // Custom dates edited in the date fields.
        view->setPreset(ReportsView::Preset::Custom);
        QVERIFY(loaded.wait(10000));
        QVERIFY(view->fromEdit()->isEnabled());
        loaded.clear();
        view->fromEdit()->setDate(QDate(2030, 1, 8));
        QVERIFY(loaded.wait(10000));
        view->untilEdit()->setDate(QDate(2030, 1, 8));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view->stats()->from, QDate(2030, 1, 8));
        QCOMPARE(view->stats()->until, QDate(2030, 1, 8));
        QCOMPARE(view->stats()->bookings, 1); // Tuesday's only
        // A range the server would refuse is not sent: said in words instead.
        view->setCustomRange(QDate(2029, 1, 1), QDate(2030, 6, 1));
        QVERIFY(!view->isLoading());
        QCOMPARE(view->messageBar()->kind(), ui::MessageBar::Kind::Error);
        QVERIFY(view->messageBar()->text().contains(u"366"_s));
    }

    void theRangeIsRemembered()
    {
        {
            auto view = openView(*m_owner);
            QSignalSpy loaded(view.get(), &ReportsView::loaded);
            view->setCustomRange(QDate(2030, 1, 3), QDate(2030, 1, 9));
            QVERIFY(loaded.wait(10000));
        }
        auto again = openView(*m_owner);
        QCOMPARE(again->preset(), ReportsView::Preset::Custom);
        QCOMPARE(again->from(), QDate(2030, 1, 3));
        QCOMPARE(again->until(), QDate(2030, 1, 9));
        QCOMPARE(again->stats()->from, QDate(2030, 1, 3));
        {
            QSignalSpy loaded(again.get(), &ReportsView::loaded);
            again->setPreset(ReportsView::Preset::ThisWeek);
            QVERIFY(loaded.wait(10000));
        }
        auto third = openView(*m_owner);
        QCOMPARE(third->preset(), ReportsView::Preset::ThisWeek);
        QCOMPARE(third->from(),
                 QLocale().firstDayOfWeek() == Qt::Monday ? QDate(2030, 1, 7) : QDate(2030, 1, 6));
    }

    void exportWritesTheServersCsv()
    {
        auto view = openView(*m_owner);
        QSignalSpy loaded(view.get(), &ReportsView::loaded);
        view->setCustomRange(QDate(2030, 1, 7), QDate(2030, 1, 8));
        QVERIFY(loaded.wait(10000));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.csv"_s);
        QSignalSpy exported(view.get(), &ReportsView::exported);
        view->exportCsvTo(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().first().toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();

        // What the server exports for the same local days (Moscow midnights, UTC+3).
        const Reply server =
                m_site.api->raw("GET",
                                u"/bookings?coworking_id=%1&time_from=2030-01-06T21:00:00Z"
                                "&time_until=2030-01-08T21:00:00Z"_s.arg(m_site.coworkingId),
                                {},
                                { { "Accept", "text/csv" },
                                  { "Authorization", "Bearer " + m_site.ownerToken.toUtf8() } });
        QCOMPARE(server.status, 200);
        QCOMPARE(written, server.body);
        QCOMPARE(written.count("\r\n"), qsizetype(3)); // the header and Monday's and Tuesday's
        QCOMPARE(view->messageBar()->kind(), ui::MessageBar::Kind::Positive);
    }

    void aRefusalIsSaidInWords()
    {
        auto member = signedInClient(*m_site.api, u"anna@example.com"_s);
        ReportsView view(*member, m_clock);
        QSignalSpy failed(&view, &ReportsView::loadFailed);
        view.setCoworking(m_coworking);
        QVERIFY(failed.wait(10000));
        QVERIFY(!view.isLoading());
        QCOMPARE(view.messageBar()->kind(), ui::MessageBar::Kind::Error);
        QVERIFY(!view.messageBar()->text().isEmpty());
        QVERIFY(view.statusLabel()->text().contains(u"could not be loaded"_s));
        QCOMPARE(view.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
