// The people view on a real server: admins find, ban (with a reason) and unban (with a
// confirmation); a manager sees only the members who book in the coworking.
#include "common/reasondialog.h"
#include "peopleview.h"
#include "sitefixture.h"
#include "testhelpers.h"
#include "usertablemodel.h"
#include "viewtestsupport.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace coworking;
using namespace coworking::test;
using coworking::ui::PeopleView;
using coworking::ui::UserTableModel;

namespace {

QStringList shownNames(const PeopleView &view)
{
    return columnTexts(*view.table()->model(), UserTableModel::NameColumn);
}

// The button of a dialog's button box with this text.
QAbstractButton *button(QWidget *dialog, const QString &text)
{
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestPeopleView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    QString m_annaId;
    QString m_coworkingId;
    QString m_ownerToken;

    bool isBanned(const QString &userId)
    {
        const QString admin = m_api->token(u"admin@example.com"_s);
        return m_api->get(u"/users/"_s + userId, admin).obj().value(u"is_banned"_s).toBool();
    }

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<ApiHarness>();
        SiteFixture site(*m_api);
        registerNamed(*m_api, u"admin@example.com"_s, u"Ada Admin"_s, false, true);
        registerNamed(*m_api, u"owner@example.com"_s, u"Olga Owner"_s, true);
        const QString manager = registerNamed(*m_api, u"pavel@example.com"_s, u"Pavel Manager"_s);
        m_annaId = registerNamed(*m_api, u"anna@example.com"_s, u"Anna Karenina"_s);
        registerNamed(*m_api, u"boris@example.com"_s, u"Boris Godunov"_s);
        m_ownerToken = m_api->token(u"owner@example.com"_s);
        m_coworkingId = site.coworking(m_ownerToken, { { u"name"_s, u"Loft"_s } });
        site.addManager(m_ownerToken, m_coworkingId, manager);
        const QStringList spots = site.spots(m_ownerToken, m_coworkingId,
                                             QJsonArray{ QJsonObject{ { u"name"_s, u"A1"_s } } });
        // Anna books here; Boris never does.
        site.book(m_api->token(u"anna@example.com"_s),
                  bookingBody(spots[0], mskText(7, "10:00"), mskText(7, "12:00")));
    }

    void anAdminFindsBansAndUnbans()
    {
        auto client = signedInClient(*m_api, u"admin@example.com"_s);
        PeopleView view(*client);
        QAbstractItemModelTester tester(view.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &PeopleView::loaded);
        view.setCoworking(fetchCoworking(*client, m_coworkingId));
        QVERIFY(view.isAdminMode());
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(view.table()->model()->rowCount(), 5); // everyone

        loaded.clear();
        QTest::keyClicks(view.searchEdit(), u"karen"_s);
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(shownNames(view), QStringList{ u"Anna Karenina"_s });
        QCOMPARE(view.table()->model()->index(0, UserTableModel::RolesColumn).data(), u"Member"_s);
        QVERIFY(!view.banButton()->isEnabled()); // nobody selected yet
        view.table()->selectRow(0);
        QVERIFY(view.banButton()->isEnabled());
        QVERIFY(!view.unbanButton()->isEnabled());

        QTest::mouseClick(view.banButton(), Qt::LeftButton);
        auto *ask = view.findChild<ui::ReasonDialog *>();
        QVERIFY(ask);
        QAbstractButton *ban = button(ask, u"&Ban"_s);
        QVERIFY(ban && !ban->isEnabled());
        QTest::keyClicks(ask->findChild<QPlainTextEdit *>(), u"Spam"_s);
        QSignalSpy finished(&view, &PeopleView::actionFinished);
        QTest::mouseClick(ban, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(isBanned(m_annaId));
        QCOMPARE(view.table()->model()->index(0, UserTableModel::StandingColumn).data(),
                 u"Banned"_s);
        QVERIFY(view.unbanButton()->isEnabled());

        finished.clear();
        QTest::mouseClick(view.unbanButton(), Qt::LeftButton);
        auto *confirm = view.findChild<QMessageBox *>();
        QVERIFY(confirm);
        QTest::mouseClick(button(confirm, u"&Unban"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!isBanned(m_annaId));
        QCOMPARE(view.table()->model()->index(0, UserTableModel::StandingColumn).data(),
                 u"Active"_s);
    }

    void aManagerSeesTheMembersWhoBookThere()
    {
        auto client = signedInClient(*m_api, u"pavel@example.com"_s);
        PeopleView view(*client);
        QAbstractItemModelTester tester(view.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&view, &PeopleView::loaded);
        view.setCoworking(fetchCoworking(*client, m_coworkingId));
        QVERIFY(!view.isAdminMode());
        QVERIFY(view.banButton()->isHidden());
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(shownNames(view), QStringList{ u"Anna Karenina"_s });
        QTest::keyClicks(view.searchEdit(), u"zzz"_s);
        QCOMPARE(view.table()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestPeopleView)
#include "tst_peopleview.moc"
