#include "userservice.h"

#include "access/accesspolicy.h"
#include "auth/passwordhasher.h"
#include "auth/refreshtokenrepository.h"
#include "bookings/bookingrepository.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// Longest text read from a body before the field rules run (they have their own, smaller,
// limits); the HTTP layer caps the body size anyway.
constexpr int kReadLimit = 16 * 1024;

using Rule = QString (*)(const QString &);

enum class Presence { Required, Optional };

// Reads one string field and applies its rule, adding at most one error for the field.
std::optional<QString> readString(JsonBody &json, const QString &key, Presence presence, Rule rule,
                                  bool trim)
{
    if (json.has(key) && json.isNull(key)) {
        json.addError(key,
                      presence == Presence::Required ? u"is required"_s : u"must not be null"_s);
        return std::nullopt;
    }
    if (!json.has(key)) {
        if (presence == Presence::Required)
            json.addError(key, u"is required"_s);
        return std::nullopt;
    }
    const auto value = json.optionalString(key, kReadLimit);
    if (!value)
        return std::nullopt;
    const QString text = trim ? value->trimmed() : *value;
    if (rule) {
        const QString problem = rule(text);
        if (!problem.isEmpty()) {
            json.addError(key, problem);
            return std::nullopt;
        }
    }
    return text;
}

// avatar_url: null or "" removes the avatar.
std::optional<QString> readAvatarUrl(JsonBody &json)
{
    if (!json.has(keys::AvatarUrl))
        return std::nullopt;
    if (json.isNull(keys::AvatarUrl))
        return QString();
    return readString(json, keys::AvatarUrl, Presence::Optional, &UserService::avatarUrlProblem,
                      true);
}

AppError userNotFound()
{
    return AppError::notFound(errc::UserNotFound, u"No such user."_s);
}

AppError emailTaken()
{
    return AppError::conflict(errc::EmailTaken, u"This email is already registered."_s);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// ---- request bodies -------------------------------------------------------------------------

NewUser NewUser::fromJson(const QJsonObject &body)
{
    JsonBody json(body);
    NewUser user;
    user.email = readString(json, keys::Email, Presence::Required, &UserService::emailProblem, true)
                         .value_or(QString());
    user.fullName = readString(json, keys::FullName, Presence::Required,
                               &UserService::fullNameProblem, true)
                            .value_or(QString());
    user.password = readString(json, keys::Password, Presence::Required,
                               &UserService::passwordProblem, false)
                            .value_or(QString());
    user.isBusiness = json.optionalBool(keys::IsBusiness).value_or(false);
    user.avatarUrl = readAvatarUrl(json).value_or(QString());
    json.finish();
    return user;
}

NewGuest NewGuest::fromJson(const QJsonObject &body)
{
    JsonBody json(body);
    NewGuest guest;
    guest.email =
            readString(json, keys::Email, Presence::Required, &UserService::emailProblem, true)
                    .value_or(QString());
    guest.fullName = readString(json, keys::FullName, Presence::Required,
                                &UserService::fullNameProblem, true)
                             .value_or(QString());
    json.finish();
    return guest;
}

UserPatch UserPatch::fromJson(const QJsonObject &body, bool withRoles)
{
    JsonBody json(body);
    UserPatch patch;
    patch.email =
            readString(json, keys::Email, Presence::Optional, &UserService::emailProblem, true);
    patch.fullName = readString(json, keys::FullName, Presence::Optional,
                                &UserService::fullNameProblem, true);
    patch.avatarUrl = readAvatarUrl(json);
    patch.password = readString(json, keys::Password, Presence::Optional,
                                &UserService::passwordProblem, false);
    // Only compared with the stored hash: no rule but a sane length.
    patch.currentPassword =
            readString(json, keys::CurrentPassword, Presence::Optional, nullptr, false);
    if (withRoles) {
        patch.isBusiness = json.optionalBool(keys::IsBusiness);
        patch.isAdmin = json.optionalBool(keys::IsAdmin);
    }
    json.finish();
    return patch;
}

// ---- rules ----------------------------------------------------------------------------------

QString UserService::emailProblem(const QString &email)
{
    // Pragmatic: a dot-atom local part and a domain of at least two DNS labels. Stricter RFC
    // forms (quoted local parts, IP literals) are not worth their surprises.
    static const QRegularExpression re(
            uR"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
            R"(@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"_s);
    if (email.size() > kMaxEmailLength)
        return u"must be at most %1 characters"_s.arg(kMaxEmailLength);
    if (!re.match(email).hasMatch() || email.indexOf(u'@') > 64)
        return u"must be a valid email address"_s;
    return {};
}

QString UserService::fullNameProblem(const QString &fullName)
{
    const QString trimmed = fullName.trimmed();
    if (trimmed.isEmpty())
        return u"must not be empty"_s;
    if (trimmed.size() > kMaxFullNameLength)
        return u"must be at most %1 characters"_s.arg(kMaxFullNameLength);
    return {};
}

QString UserService::passwordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return u"must be at least %1 characters"_s.arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return u"must be at most %1 characters"_s.arg(kMaxPasswordLength);
    return {};
}

QString UserService::avatarUrlProblem(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (url.size() > kMaxAvatarUrlLength)
        return u"must be at most %1 characters"_s.arg(kMaxAvatarUrlLength);
    // An http(s) URL or a path on this server ("/storage/..."): nothing a client would run.
    for (const QChar c : url) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return u"must be an http(s) URL or a path starting with /"_s;
    }
    if (url.startsWith(u'/') && !url.startsWith(u"//"))
        return {};
    const QUrl parsed(url, QUrl::StrictMode);
    if (parsed.isValid() && (parsed.scheme() == u"https" || parsed.scheme() == u"http")
        && !parsed.host().isEmpty())
        return {};
    return u"must be an http(s) URL or a path starting with /"_s;
}

// ---- service --------------------------------------------------------------------------------

UserService::UserService(UserRepository &users, RefreshTokenRepository &refreshTokens,
                         BookingRepository &bookings, AccessPolicy &access, PasswordHasher &hasher,
                         const Clock &clock)
    : m_users(users),
      m_refreshTokens(refreshTokens),
      m_bookings(bookings),
      m_access(access),
      m_hasher(hasher),
      m_clock(clock)
{
}

User UserService::insertNew(UserRepository &users, PasswordHasher &hasher, const Clock &clock,
                            const NewUser &request, bool admin)
{
    // The command line comes here without NewUser::fromJson: check the rules again.
    JsonBody errors{ QJsonObject() };
    const QString email = request.email.trimmed();
    if (const QString p = emailProblem(email); !p.isEmpty())
        errors.addError(keys::Email, p);
    if (const QString p = fullNameProblem(request.fullName); !p.isEmpty())
        errors.addError(keys::FullName, p);
    if (const QString p = passwordProblem(request.password); !p.isEmpty())
        errors.addError(keys::Password, p);
    if (const QString p = avatarUrlProblem(request.avatarUrl.trimmed()); !p.isEmpty())
        errors.addError(keys::AvatarUrl, p);
    errors.finish();

    // Cheap before the expensive hash; the unique index still decides a race.
    if (users.findByEmail(email))
        throw emailTaken();

    User user;
    user.id = newId();
    user.email = email;
    user.fullName = request.fullName.trimmed();
    user.passwordHash = hasher.hash(request.password);
    user.avatarUrl = request.avatarUrl.trimmed();
    user.isBusiness = request.isBusiness;
    user.isAdmin = admin;
    user.createdAt = clock.now();
    if (!users.insert(user))
        throw emailTaken();
    return user;
}

User UserService::registerUser(const NewUser &request)
{
    return insertNew(m_users, m_hasher, m_clock, request, false);
}

User UserService::registerGuest(const Actor &actor, const QString &coworkingId,
                                const NewGuest &guest)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    m_access.requireStaff(actor, coworkingId);
    // 24 random bytes: a password nobody knows and nobody can guess, so the account cannot be
    // signed in to until its owner sets one.
    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    NewUser request;
    request.email = guest.email;
    request.fullName = guest.fullName;
    request.password = QString::fromLatin1(secret.toBase64());
    return insertNew(m_users, m_hasher, m_clock, request, false);
}

User UserService::createUser(UserRepository &users, PasswordHasher &hasher, const Clock &clock,
                             const QString &email, const QString &password, const QString &fullName,
                             bool business, bool admin)
{
    NewUser request;
    request.email = email;
    request.password = password;
    request.fullName = fullName;
    request.isBusiness = business;
    return insertNew(users, hasher, clock, request, admin);
}

User UserService::createUser(const QString &email, const QString &password, const QString &fullName,
                             bool business, bool admin)
{
    return createUser(m_users, m_hasher, m_clock, email, password, fullName, business, admin);
}

User UserService::require(const QString &id)
{
    auto user = m_users.findById(id);
    if (!user)
        throw userNotFound();
    return *user;
}

bool UserService::canSee(const Actor &actor, const QString &userId)
{
    if (actor.isAnonymous())
        return false;
    if (actor.isAdmin || actor.userId == userId)
        return true;
    bool all = false;
    const QStringList staffed = m_access.staffedCoworkings(actor, &all);
    if (all)
        return true;
    if (staffed.isEmpty())
        return false; // an empty list would mean "every coworking" to the repository
    BookingFilter filter;
    filter.coworkingIds = staffed;
    filter.userId = userId;
    return m_bookings.list(filter, PageRequest{ 1, 0 }, m_clock.now()).total > 0;
}

User UserService::me(const Actor &actor)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    return require(actor.userId);
}

User UserService::get(const Actor &actor, const QString &id)
{
    if (!canSee(actor, id))
        throw userNotFound();
    return require(id);
}

Page<User> UserService::list(const Actor &actor, const UserFilter &filter, const PageRequest &page)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    if (actor.isAdmin)
        return m_users.list(filter, page);
    bool all = false;
    // Business users and staff may find a person to add as a manager or to book for, but may
    // not browse the user base.
    if (!actor.isBusiness && m_access.staffedCoworkings(actor, &all).isEmpty())
        throw AppError::forbidden(u"Only admins may list users."_s);
    if (filter.email.trimmed().isEmpty())
        throw AppError::forbidden(u"You may only look a user up by the exact email address."_s);
    return m_users.list(UserFilter{ QString(), filter.email.trimmed() }, page);
}

User UserService::updateMe(const Actor &actor, const UserPatch &patch)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    UserPatch own = patch;
    own.isAdmin.reset();
    own.isBusiness.reset();
    return update(actor, actor.userId, own);
}

User UserService::update(const Actor &actor, const QString &id, const UserPatch &patch)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    const bool self = actor.userId == id;
    if (!self && !actor.isAdmin) {
        if (canSee(actor, id))
            throw AppError::forbidden(u"You may change only your own profile."_s);
        throw userNotFound();
    }
    User user = require(id);

    if (!actor.isAdmin
        && ((patch.isBusiness && *patch.isBusiness != user.isBusiness)
            || (patch.isAdmin && *patch.isAdmin != user.isAdmin)))
        throw AppError::forbidden(u"Only an admin may change is_business or is_admin."_s);

    JsonBody errors{ QJsonObject() };
    if (patch.email)
        if (const QString p = emailProblem(patch.email->trimmed()); !p.isEmpty())
            errors.addError(keys::Email, p);
    if (patch.fullName)
        if (const QString p = fullNameProblem(*patch.fullName); !p.isEmpty())
            errors.addError(keys::FullName, p);
    if (patch.avatarUrl)
        if (const QString p = avatarUrlProblem(patch.avatarUrl->trimmed()); !p.isEmpty())
            errors.addError(keys::AvatarUrl, p);
    if (patch.password)
        if (const QString p = passwordProblem(*patch.password); !p.isEmpty())
            errors.addError(keys::Password, p);
    // A platform without an admin could only be repaired from the command line.
    if (self && patch.isAdmin && !*patch.isAdmin && user.isAdmin)
        errors.addError(keys::IsAdmin, u"an admin cannot take away his own admin rights"_s);
    // Someone holding a stolen access token must not be able to lock the owner out, by a new
    // password or by a new email (the next sign-in, or a password reset, would go to it); an
    // admin changing another user's account is the exception.
    const bool newEmail =
            patch.email && patch.email->trimmed().compare(user.email, Qt::CaseInsensitive) != 0;
    const bool needCurrent = self && (patch.password || newEmail);
    if (needCurrent && !patch.currentPassword)
        errors.addError(keys::CurrentPassword,
                        patch.password ? u"is required to change the password"_s
                                       : u"is required to change the email"_s);
    errors.finish();
    if (needCurrent && !m_hasher.verify(user.passwordHash, *patch.currentPassword))
        throw AppError::invalidField(keys::CurrentPassword, u"is incorrect"_s);

    if (patch.email)
        user.email = patch.email->trimmed();
    if (patch.fullName)
        user.fullName = patch.fullName->trimmed();
    if (patch.avatarUrl)
        user.avatarUrl = patch.avatarUrl->trimmed();
    if (patch.password)
        user.passwordHash = m_hasher.hash(*patch.password);
    if (patch.isBusiness)
        user.isBusiness = *patch.isBusiness;
    if (patch.isAdmin)
        user.isAdmin = *patch.isAdmin;
    if (!m_users.update(user))
        throw emailTaken();
    // A new password ends the sessions opened with the old one (refresh tokens; access tokens
    // expire on their own shortly).
    if (patch.password)
        m_refreshTokens.revokeAllOfUser(user.id, m_clock.now());
    return user;
}

void UserService::ban(const Actor &actor, const QString &id)
{
    if (!actor.isAdmin)
        throw AppError::forbidden(u"Only an admin may ban users."_s);
    require(id);
    if (actor.userId == id)
        throw AppError::invalidField(keys::Id, u"an admin cannot ban himself"_s);
    const QDateTime now = m_clock.now();
    // Banned first: from here on the auth step refuses every request of this user, so no new
    // booking can slip in between the cancellation and the ban.
    m_users.setBanned(id, true, { actor.userId, now });
    m_bookings.cancelFuture(BookingScope::User, id, CancelReasons::Ban, { actor.userId, now });
    m_refreshTokens.revokeAllOfUser(id, now);
}

void UserService::unban(const Actor &actor, const QString &id)
{
    if (!actor.isAdmin)
        throw AppError::forbidden(u"Only an admin may unban users."_s);
    require(id);
    m_users.setBanned(id, false, { actor.userId, m_clock.now() });
}

} // namespace coworking
