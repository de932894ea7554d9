#include "client/tokenstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace coworking::client;

// The keychain with a keyring daemon answering (CMake runs this under its own D-Bus session with
// an unlocked gnome-keyring): what one store saves, the next store of the same service reads.
class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void savedTokenOutlivesTheStore();

private:
    static std::optional<QString> load(TokenStore &store, const QString &account);
};

std::optional<QString> TestKeychainTokenStore::load(TokenStore &store, const QString &account)
{
    std::optional<std::optional<QString>> out;
    QObject context;
    store.load(account, &context, [&](std::optional<QString> token) { out = token; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        qFatal("the keychain never answered");
    return *out;
}

void TestKeychainTokenStore::savedTokenOutlivesTheStore()
{
    const QString account = u"http://keychain.test:8080"_s;
    {
        KeychainTokenStore store(u"coworking-client-test"_s);
        QSignalSpy lost(&store, &TokenStore::persistenceLost);
        store.save(account, u"refresh-1"_s);
        QCOMPARE(load(store, account), u"refresh-1"_s);
        QCOMPARE(lost.count(), 0);
        QVERIFY(store.persistent());
    }
    KeychainTokenStore next(u"coworking-client-test"_s);
    QCOMPARE(load(next, account), u"refresh-1"_s); // read back from the keyring, not memory
    next.remove(account);
    KeychainTokenStore after(u"coworking-client-test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(load(after, account), std::nullopt, 10000);
    QVERIFY(after.persistent());
}

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
