#include "exitpin.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QThreadPool>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

const QString kKey = u"kiosk/exit_pin"_s;

// Runs `work` on the global pool and hands its result to `done` on `context`'s thread, unless
// `context` is gone by then.
template<typename T>
void offThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        T result = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result] {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
    });
}

} // namespace

ExitPin::ExitPin(QSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

bool ExitPin::isValid(const QString &pin)
{
    static const QRegularExpression digits(u"^[0-9]{%1,%2}$"_s.arg(kMinDigits).arg(kMaxDigits));
    return digits.match(pin).hasMatch();
}

bool ExitPin::isSet() const
{
    return m_settings.value(kKey).toString().startsWith(u"$argon2"_s);
}

void ExitPin::set(const QString &pin, std::function<void(bool ok)> done)
{
    if (!isValid(pin))
        return done(false);
    const QByteArray secret = pin.toLatin1();
    offThread<QByteArray>(
            this,
            [secret] {
                // libsodium's interactive limits: about 0.1 s per check on one core, which makes
                // trying every PIN of a stolen settings file slow without making staff wait.
                char hash[crypto_pwhash_STRBYTES];
                if (crypto_pwhash_str(hash, secret.constData(), quint64(secret.size()),
                                      crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                      crypto_pwhash_MEMLIMIT_INTERACTIVE)
                    != 0)
                    return QByteArray();
                return QByteArray(hash);
            },
            [this, done = std::move(done)](QByteArray hash) {
                if (hash.isEmpty())
                    return done(false);
                m_settings.setValue(kKey, QString::fromLatin1(hash));
                m_settings.sync();
                m_wrong = 0;
                done(true);
            });
}

bool ExitPin::isLockedOut() const
{
    return m_locked && !m_lockedUntil.hasExpired();
}

int ExitPin::lockoutSecondsLeft() const
{
    return isLockedOut() ? int((m_lockedUntil.remainingTime() + 999) / 1000) : 0;
}

void ExitPin::check(const QString &pin, std::function<void(Outcome)> done)
{
    if (isLockedOut())
        return done(Outcome::LockedOut);
    if (m_locked) { // the wait is over: a fresh round of attempts
        m_locked = false;
        m_wrong = 0;
    }
    const QByteArray stored = m_settings.value(kKey).toString().toLatin1();
    const QByteArray secret = pin.toLatin1();
    offThread<bool>(
            this,
            [stored, secret] {
                return !stored.isEmpty()
                        && crypto_pwhash_str_verify(stored.constData(), secret.constData(),
                                                    quint64(secret.size()))
                        == 0;
            },
            [this, done = std::move(done)](bool right) {
                if (right) {
                    m_wrong = 0;
                    return done(Outcome::Right);
                }
                if (++m_wrong >= kMaxAttempts) {
                    m_locked = true;
                    m_lockedUntil = QDeadlineTimer(m_lockoutMsecs);
                    return done(Outcome::LockedOut);
                }
                done(Outcome::Wrong);
            });
}

} // namespace ui
} // namespace coworking
