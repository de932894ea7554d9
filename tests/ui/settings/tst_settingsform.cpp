// The settings form alone: it sends exactly what the user changed and shows errors at their fields.
#include "settingsform.h"
#include "timezonepicker.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using coworking::ui::SettingsForm;
using coworking::ui::TimeZonePicker;

class TestSettingsForm : public QObject
{
    Q_OBJECT

private:
    static coworking::Coworking sample()
    {
        coworking::Coworking c;
        c.id = u"c1"_s;
        c.name = u"Loft"_s;
        c.address = u"Tsvetnoy 1"_s;
        c.opensAt = QTime(8, 0);
        c.closesAt = QTime(20, 0);
        c.timezone = u"Europe/Moscow"_s;
        return c;
    }

private slots:
    void nothingChangedSendsNothing()
    {
        SettingsForm form;
        form.setCoworking(sample());
        QCOMPARE(form.changes(), QJsonObject());
    }

    void sendsOnlyTheChangedFields()
    {
        SettingsForm form;
        form.setCoworking(sample());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *name = qobject_cast<QLineEdit *>(form.editor(u"name"_s));
        name->selectAll();
        QTest::keyClicks(name, u"Loft Two"_s);
        auto *slot = qobject_cast<QSpinBox *>(form.editor(u"booking_policy.slot_minutes"_s));
        slot->setValue(30);
        QTest::mouseClick(
                qobject_cast<QCheckBox *>(form.editor(u"booking_policy.checkin_required"_s)),
                Qt::LeftButton);
        const QJsonObject expected{
            { u"name"_s, u"Loft Two"_s },
            { u"booking_policy"_s,
              QJsonObject{ { u"slot_minutes"_s, 30 }, { u"checkin_required"_s, true } } },
        };
        QCOMPARE(QJsonDocument(form.changes()).toJson(), QJsonDocument(expected).toJson());
    }

    void limitsAreTheServers()
    {
        SettingsForm form;
        auto *slot = qobject_cast<QSpinBox *>(form.editor(u"booking_policy.slot_minutes"_s));
        QCOMPARE(slot->minimum(), 5);
        QCOMPARE(slot->maximum(), 240);
        auto *days = qobject_cast<QSpinBox *>(form.editor(u"booking_policy.max_days_in_advance"_s));
        QCOMPARE(days->maximum(), 365);
    }

    void zonePickerFiltersAndChangesTheZone()
    {
        SettingsForm form;
        form.setCoworking(sample());
        auto *picker = qobject_cast<TimeZonePicker *>(form.editor(u"timezone"_s));
        QVERIFY(picker);
        QCOMPARE(picker->zoneId(), u"Europe/Moscow"_s);
        QTest::keyClicks(picker->filterEdit(), u"new york"_s);
        QCOMPARE(picker->listView()->model()->rowCount(), 1);
        QCOMPARE(picker->zoneId(), u"America/New_York"_s);
        const QJsonObject patch = form.changes();
        QCOMPARE(patch.value(u"timezone"_s).toString(), u"America/New_York"_s);
        QCOMPARE(patch.value(u"opens_at"_s).toString(), u"08:00"_s);
    }

    void errorsShowBesideTheirFields()
    {
        SettingsForm form;
        form.setCoworking(sample());
        QVERIFY(form.showFieldError(u"booking_policy.slot_minutes"_s, u"must divide a day"_s));
        QVERIFY(!form.showFieldError(u"nonsense"_s, u"x"_s));
        QCOMPARE(form.fieldError(u"booking_policy.slot_minutes"_s), u"must divide a day"_s);
        QCOMPARE(form.fieldError(u"name"_s), QString());
        form.clearFieldErrors();
        QCOMPARE(form.fieldError(u"booking_policy.slot_minutes"_s), QString());
    }
};

QTEST_MAIN(TestSettingsForm)
#include "tst_settingsform.moc"
