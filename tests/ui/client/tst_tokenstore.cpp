#include "client/tokenstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace coworking::client;

// The two token stores. The keychain runs here with no session bus (the test's environment
// points D-Bus nowhere): it must fall back to memory, say so, and keep working.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryStoreKeepsPerAccount();
    void keychainWithoutDaemonFallsBackAndSaysSo();

private:
    static std::optional<QString> load(TokenStore &store, const QString &account);
};

std::optional<QString> TestTokenStore::load(TokenStore &store, const QString &account)
{
    std::optional<std::optional<QString>> out;
    bool returned = false;
    bool synchronous = false;
    QObject context;
    store.load(account, &context, [&](std::optional<QString> token) {
        synchronous = !returned;
        out = token;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        qFatal("the token store never answered");
    if (synchronous)
        qFatal("the token store answered before load() returned");
    return *out;
}

void TestTokenStore::memoryStoreKeepsPerAccount()
{
    MemoryTokenStore store;
    QVERIFY(!store.persistent());
    QCOMPARE(load(store, u"http://a"_s), std::nullopt);
    store.save(u"http://a"_s, u"token-a"_s);
    store.save(u"http://b"_s, u"token-b"_s);
    QCOMPARE(load(store, u"http://a"_s), u"token-a"_s);
    QCOMPARE(load(store, u"http://b"_s), u"token-b"_s);
    store.save(u"http://a"_s, u"token-a2"_s);
    QCOMPARE(load(store, u"http://a"_s), u"token-a2"_s);
    store.remove(u"http://a"_s);
    QCOMPARE(load(store, u"http://a"_s), std::nullopt);
    QCOMPARE(load(store, u"http://b"_s), u"token-b"_s);
}

void TestTokenStore::keychainWithoutDaemonFallsBackAndSaysSo()
{
    KeychainTokenStore store(u"coworking-client-test"_s);
    store.setTimeout(std::chrono::milliseconds(3000));
    QVERIFY(store.persistent()); // until the keychain says otherwise
    QSignalSpy lost(&store, &TokenStore::persistenceLost);
    store.save(u"http://a"_s, u"token-a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    QVERIFY(!store.persistent());
    QVERIFY(!lost.at(0).at(0).toString().isEmpty());
    // Memory serves from now on, and the loss is told once.
    QCOMPARE(load(store, u"http://a"_s), u"token-a"_s);
    store.save(u"http://b"_s, u"token-b"_s);
    QCOMPARE(load(store, u"http://b"_s), u"token-b"_s);
    store.remove(u"http://a"_s);
    QCOMPARE(load(store, u"http://a"_s), std::nullopt);
    QCOMPARE(lost.count(), 1);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
