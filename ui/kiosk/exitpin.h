#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>

#include <functional>

class QSettings;

namespace coworking {
namespace ui {

// The staff PIN that lets a person leave the kiosk: 4 to 8 digits, kept only as a libsodium
// Argon2id hash (crypto_pwhash_str) in the kiosk's settings, never the PIN itself. Hashing and
// checking run on a worker thread and answer on the caller's (the GUI never waits for them).
// After kMaxAttempts wrong PINs in a row every attempt is refused until the lockout has passed.
class ExitPin final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 8;
    static constexpr int kMaxAttempts = 5;

    enum class Outcome { Right, Wrong, LockedOut };

    // `settings` must outlive this object; the hash is its key "kiosk/exit_pin".
    explicit ExitPin(QSettings &settings, QObject *parent = nullptr);

    static bool isValid(const QString &pin);
    bool isSet() const;
    // Hashes and stores `pin` (which must be valid); `done` runs on this object's thread.
    void set(const QString &pin, std::function<void(bool ok)> done);
    // Checks `pin`; `done` gets the outcome. Wrong answers count toward the lockout.
    void check(const QString &pin, std::function<void(Outcome)> done);

    int wrongAttempts() const { return m_wrong; }
    bool isLockedOut() const;
    int lockoutSecondsLeft() const;
    void setLockout(int msecs) { m_lockoutMsecs = msecs; }

private:
    QSettings &m_settings;
    int m_wrong = 0;
    int m_lockoutMsecs = 60'000;
    QDeadlineTimer m_lockedUntil{ QDeadlineTimer::Forever };
    bool m_locked = false;
};

} // namespace ui
} // namespace coworking
