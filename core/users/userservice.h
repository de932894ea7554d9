#pragma once

#include "common/page.h"
#include "user.h"
#include "userrepository.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace coworking {

class AccessPolicy;
class BookingRepository;
class Clock;
class JsonBody;
class PasswordHasher;
class RefreshTokenRepository;

// The body of POST /users.
struct NewUser
{
    QString email;
    QString fullName;
    QString password;
    bool isBusiness = false;
    QString avatarUrl;

    // Field by field; throws 422 VALIDATION_ERROR listing every invalid field.
    static NewUser fromJson(const QJsonObject &body);
};

// The body of POST /coworkings/{id}/guests: a walk-in registered by the front desk.
struct NewGuest
{
    QString email;
    QString fullName;

    // Field by field; throws 422 VALIDATION_ERROR listing every invalid field.
    static NewGuest fromJson(const QJsonObject &body);
};

// The body of PATCH /users/me and /users/{id}: only the fields sent. An empty avatarUrl (sent
// as null or "") removes the avatar.
struct UserPatch
{
    std::optional<QString> email;
    std::optional<QString> fullName;
    std::optional<QString> avatarUrl;
    std::optional<QString> password;
    std::optional<QString> currentPassword;
    std::optional<bool> isBusiness;
    std::optional<bool> isAdmin;

    // `withRoles`: read is_business / is_admin too (PATCH /users/{id}); /users/me ignores them.
    static UserPatch fromJson(const QJsonObject &body, bool withRoles);
};

// Users: registration, profile, the admin's list, bans. Who may see a user: the user, an admin,
// and the staff of a coworking where that user has a booking; anyone else gets a 404.
class UserService final
{
    Q_DISABLE_COPY_MOVE(UserService)
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 128;
    static constexpr int kMaxFullNameLength = 200;
    static constexpr int kMaxEmailLength = 254;
    static constexpr int kMaxAvatarUrlLength = 2048;

    UserService(UserRepository &users, RefreshTokenRepository &refreshTokens,
                BookingRepository &bookings, AccessPolicy &access, PasswordHasher &hasher,
                const Clock &clock);

    // ---- commands

    // 422 on invalid fields, 409 EMAIL_TAKEN.
    User registerUser(const NewUser &request);
    // Staff of the coworking (owner, manager) or an admin registers a walk-in guest: an ordinary
    // member account whose password is random and told to nobody (a guest is booked for, and signs
    // in only after setting a password elsewhere). 404 COWORKING_NOT_FOUND, 403, 422, 409
    // EMAIL_TAKEN.
    User registerGuest(const Actor &actor, const QString &coworkingId, const NewGuest &guest);
    User updateMe(const Actor &actor, const UserPatch &patch);
    // Self (own fields) or admin (also is_business, is_admin).
    User update(const Actor &actor, const QString &id, const UserPatch &patch);
    // Admin only. Banning cancels the user's future active bookings and ends every session.
    void ban(const Actor &actor, const QString &id);
    void unban(const Actor &actor, const QString &id);

    // For the command line (create-user) and tests: sets the roles directly.
    User createUser(const QString &email, const QString &password, const QString &fullName,
                    bool business, bool admin);
    static User createUser(UserRepository &users, PasswordHasher &hasher, const Clock &clock,
                           const QString &email, const QString &password, const QString &fullName,
                           bool business, bool admin);

    // ---- queries

    User me(const Actor &actor);
    // Admin: any filter. Business users and staff: only an exact `email` lookup. Others: 403.
    Page<User> list(const Actor &actor, const UserFilter &filter, const PageRequest &page);
    User get(const Actor &actor, const QString &id);

    // ---- field rules, shared by the JSON readers and the services (empty: valid)

    static QString normalizeEmail(const QString &email) { return email.trimmed().toLower(); }
    static QString emailProblem(const QString &email);
    static QString fullNameProblem(const QString &fullName);
    static QString passwordProblem(const QString &password);
    static QString avatarUrlProblem(const QString &url);

private:
    User require(const QString &id);
    // The staff of a coworking where the user has a booking may see the user.
    bool canSee(const Actor &actor, const QString &userId);
    static User insertNew(UserRepository &users, PasswordHasher &hasher, const Clock &clock,
                          const NewUser &request, bool admin);

    UserRepository &m_users;
    RefreshTokenRepository &m_refreshTokens;
    BookingRepository &m_bookings;
    AccessPolicy &m_access;
    PasswordHasher &m_hasher;
    const Clock &m_clock;
};

} // namespace coworking
