// The people table: roles and standing in words, updates in place.
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using coworking::ui::UserTableModel;

class TestUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsRolesAndStanding()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        coworking::User admin;
        admin.id = u"a"_s;
        admin.fullName = u"Ada"_s;
        admin.isAdmin = true;
        admin.isBusiness = true;
        coworking::User member;
        member.id = u"m"_s;
        member.fullName = u"Max"_s;
        member.email = u"max@example.com"_s;
        model.setUsers({ admin, member });
        QCOMPARE(model.index(0, UserTableModel::RolesColumn).data().toString(),
                 u"Administrator, Business"_s);
        QCOMPARE(model.index(1, UserTableModel::RolesColumn).data().toString(), u"Member"_s);
        QCOMPARE(model.index(1, UserTableModel::StandingColumn).data().toString(), u"Active"_s);
        member.isBanned = true;
        model.update(member);
        QCOMPARE(model.index(1, UserTableModel::StandingColumn).data().toString(), u"Banned"_s);
        QCOMPARE(model.index(1, 0).data(UserTableModel::BannedRole).toBool(), true);
        QCOMPARE(model.rowOf(u"zzz"_s), -1);
    }
};

QTEST_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
