// The settings view on a real server: a save sends what changed and the server keeps it; a refusal
// shows beside its field; images, options and managers change on the server at once.
#include "common/messagebar.h"
#include "settingsform.h"
#include "settingsview.h"
#include "sitefixture.h"
#include "viewtestsupport.h"

#include <QBuffer>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace coworking;
using namespace coworking::test;
using coworking::ui::SettingsView;

class TestSettingsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OwnedCoworking> m_loft;
    ApiHarness *m_api = nullptr;
    QString m_ownerToken;
    QString m_coworkingId;
    std::unique_ptr<client::CoworkingClient> m_client;
    std::unique_ptr<SettingsView> m_view;

    QJsonObject serverCopy() { return m_api->get(u"/coworkings/"_s + m_coworkingId).obj(); }

    // Runs `action` and waits for the view to report its outcome.
    bool finished(const std::function<void()> &action)
    {
        QSignalSpy spy(m_view.get(), &SettingsView::actionFinished);
        action();
        if (!QTest::qWaitFor([&spy] { return spy.count() > 0; }, 10000))
            return false;
        return spy.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        m_loft = std::make_unique<OwnedCoworking>();
        m_api = m_loft->api.get();
        m_ownerToken = m_loft->ownerToken;
        m_coworkingId = m_loft->coworkingId;
        registerNamed(*m_api, u"pavel@example.com"_s, u"Pavel Manager"_s);
        m_client = signedInClient(*m_api, u"owner@example.com"_s);
        m_view = std::make_unique<SettingsView>(*m_client);
        m_view->resize(1100, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy loaded(m_view.get(), &SettingsView::loaded);
        m_view->setCoworking(fetchCoworking(*m_client, m_coworkingId));
        QTRY_VERIFY(loaded.count() > 0);
        QVERIFY(!m_view->saveButton()->isEnabled());
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_client.reset();
    }

    // Leaving with unsaved changes asks Save / Discard / Cancel (a window-modal box, no nested
    // loop): Cancel stays, Discard reverts and goes on, Save saves on the server and goes on.
    void leavingWithUnsavedChangesAsks()
    {
        auto *address = qobject_cast<QLineEdit *>(m_view->form()->editor(u"address"_s));
        const QString before = address->text();
        const auto answer = [&](QMessageBox::StandardButton button) {
            std::optional<bool> proceed;
            m_view->maybeSave([&](bool go) { proceed = go; });
            QMessageBox *box = nullptr;
            if (!QTest::qWaitFor([&] { return (box = m_view->findChild<QMessageBox *>()); }, 5000))
                return std::optional<bool>();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return proceed.has_value(); }, 10000))
                return std::optional<bool>();
            return proceed;
        };
        // Nothing unsaved: no question, go on.
        std::optional<bool> clean;
        m_view->maybeSave([&](bool go) { clean = go; });
        QTRY_VERIFY(clean.has_value() && *clean);
        QVERIFY(!m_view->findChild<QMessageBox *>());

        address->setText(u"Tsvetnoy Boulevard 11"_s);
        QVERIFY(m_view->hasUnsavedChanges());
        QCOMPARE(answer(QMessageBox::Cancel), std::optional<bool>(false));
        QVERIFY(m_view->hasUnsavedChanges());
        QCOMPARE(answer(QMessageBox::Discard), std::optional<bool>(true));
        QVERIFY(!m_view->hasUnsavedChanges());
        QCOMPARE(address->text(), before);

        address->setText(u"Tsvetnoy Boulevard 11"_s);
        QCOMPARE(answer(QMessageBox::Save), std::optional<bool>(true));
        QTRY_COMPARE(serverCopy().value(u"address"_s).toString(), u"Tsvetnoy Boulevard 11"_s);
        QVERIFY(!m_view->hasUnsavedChanges());
        // As it was, for the tests that follow.
        address->setText(before);
        QVERIFY(finished([this] { m_view->save(); }));
    }

    void saveSendsTheChangesAndTheServerKeepsThem()
    {
        auto *name = qobject_cast<QLineEdit *>(m_view->form()->editor(u"name"_s));
        name->selectAll();
        QTest::keyClicks(name, u"Loft on Tsvetnoy"_s);
        auto *slot =
                qobject_cast<QSpinBox *>(m_view->form()->editor(u"booking_policy.slot_minutes"_s));
        slot->setValue(30);
        QVERIFY(m_view->saveButton()->isEnabled());
        QVERIFY(finished([this] { QTest::mouseClick(m_view->saveButton(), Qt::LeftButton); }));
        const QJsonObject server = serverCopy();
        QCOMPARE(server.value(u"name"_s).toString(), u"Loft on Tsvetnoy"_s);
        QCOMPARE(server.value(u"booking_policy"_s).toObject().value(u"slot_minutes"_s).toInt(), 30);
        QCOMPARE(server.value(u"address"_s).toString(), u"Main street 1"_s); // untouched
        QVERIFY(!m_view->hasUnsavedChanges());
        QVERIFY(!m_view->saveButton()->isEnabled());
    }

    void aRefusedFieldShowsItsErrorBesideIt()
    {
        auto *slot =
                qobject_cast<QSpinBox *>(m_view->form()->editor(u"booking_policy.slot_minutes"_s));
        slot->setValue(7); // within the range, but a day does not divide into 7-minute slots
        QVERIFY(!finished([this] { m_view->save(); }));
        QVERIFY2(m_view->form()->fieldError(u"booking_policy.slot_minutes"_s).contains(u"divide"_s),
                 qPrintable(m_view->form()->fieldError(u"booking_policy.slot_minutes"_s)));
        QCOMPARE(m_view->form()->fieldError(u"name"_s), QString());
        QCOMPARE(
                serverCopy().value(u"booking_policy"_s).toObject().value(u"slot_minutes"_s).toInt(),
                30);
        m_view->revert();
        QCOMPARE(slot->value(), 30);
        QCOMPARE(m_view->form()->fieldError(u"booking_policy.slot_minutes"_s), QString());
    }

    void optionsAreAddedAndDeleted()
    {
        QTest::keyClicks(m_view->optionNameEdit(), u"Monitor"_s);
        QVERIFY(finished([this] { QTest::mouseClick(m_view->addOptionButton(), Qt::LeftButton); }));
        QTRY_COMPARE(m_view->optionList()->count(), 1);
        QCOMPARE(m_view->optionList()->item(0)->text(), u"Monitor"_s);
        QCOMPARE(m_api->get(u"/options?coworking_id="_s + m_coworkingId).arr().size(), 1);
        m_view->optionList()->setCurrentRow(0);
        QVERIFY(finished([this] { m_view->deleteSelectedOption(); }));
        QTRY_COMPARE(m_view->optionList()->count(), 0);
        QCOMPARE(m_api->get(u"/options?coworking_id="_s + m_coworkingId).arr().size(), 0);
    }

    void managersAreAddedByEmailAndRemoved()
    {
        QTest::keyClicks(m_view->managerEmailEdit(), u"nobody@example.com"_s);
        QVERIFY(!finished([this] { m_view->addManager(); }));
        QVERIFY(m_view->messageBar()->text().contains(u"nobody@example.com"_s));
        m_view->managerEmailEdit()->clear();
        QTest::keyClicks(m_view->managerEmailEdit(), u"pavel@example.com"_s);
        QVERIFY(finished(
                [this] { QTest::mouseClick(m_view->addManagerButton(), Qt::LeftButton); }));
        QTRY_COMPARE(m_view->managerList()->count(), 1);
        QCOMPARE(m_view->managerList()->item(0)->text(), u"Pavel Manager <pavel@example.com>"_s);
        const QString path = u"/coworkings/"_s + m_coworkingId + u"/managers"_s;
        QCOMPARE(m_api->get(path, m_ownerToken).arr().size(), 1);
        m_view->managerList()->setCurrentRow(0);
        QVERIFY(finished([this] { m_view->removeSelectedManager(); }));
        QTRY_COMPARE(m_view->managerList()->count(), 0);
        QCOMPARE(m_api->get(path, m_ownerToken).arr().size(), 0);
    }

    void imagesAreUploadedAndDeleted()
    {
        QTemporaryDir dir;
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString file = dir.filePath(u"front.png"_s);
        QVERIFY(image.save(file));
        QSignalSpy loaded(m_view.get(), &SettingsView::loaded);
        QVERIFY(finished([this, file] { QVERIFY(m_view->uploadImageFile(file)); }));
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(m_view->imageList()->count(), 1);
        QCOMPARE(serverCopy().value(u"images"_s).toArray().size(), 1);
        m_view->imageList()->setCurrentRow(0);
        loaded.clear();
        QVERIFY(finished([this] { m_view->deleteSelectedImage(); }));
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(m_view->imageList()->count(), 0);
        QCOMPARE(serverCopy().value(u"images"_s).toArray().size(), 0);
    }
};

QTEST_MAIN(TestSettingsView)
#include "tst_settingsview.moc"
