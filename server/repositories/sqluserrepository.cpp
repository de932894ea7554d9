#include "sqluserrepository.h"

#include "database.h"
#include "sqlinlist.h"
#include "sqloutbox.h"

#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString kColumns = u"id, email, full_name, password_hash, avatar_url, language, "
                         "is_business, is_admin, is_banned, created_at"_s;

const QString kStandingColumns = u"id, is_admin, is_business, is_banned"_s;

UserStanding standingOf(const Row &row)
{
    return { { row.text(0), row.boolean(1), row.boolean(2) }, row.boolean(3) };
}

QString normalized(const QString &email)
{
    return email.trimmed().toLower();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// uuid columns come back as text from QPSQL; stay correct should a driver hand out a QUuid.
QString idText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QUuid)
        return v.toUuid().toString(QUuid::WithoutBraces);
    return v.toString();
}

// A LIKE pattern matching `text` literally anywhere (used with ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

User SqlUserRepository::fromRecord(const QSqlRecord &r)
{
    User u;
    u.id = idText(r.value("id"_L1));
    u.email = r.value("email"_L1).toString();
    u.fullName = r.value("full_name"_L1).toString();
    u.passwordHash = r.value("password_hash"_L1).toString();
    u.avatarUrl = r.value("avatar_url"_L1).toString();
    u.language = r.value("language"_L1).toString();
    u.isBusiness = r.value("is_business"_L1).toBool();
    u.isAdmin = r.value("is_admin"_L1).toBool();
    u.isBanned = r.value("is_banned"_L1).toBool();
    u.createdAt = Database::toDateTime(r.value("created_at"_L1));
    return u;
}

bool SqlUserRepository::insert(const User &u)
{
    try {
        m_db.execute(u"INSERT INTO users (id, email, email_normalized, full_name, password_hash, "
                     "avatar_url, language, is_business, is_admin, is_banned, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     { u.id, u.email, normalized(u.email), u.fullName, u.passwordHash,
                       notNull(u.avatarUrl), u.language.isEmpty() ? u"en"_s : u.language,
                       m_db.boolean(u.isBusiness), m_db.boolean(u.isAdmin),
                       m_db.boolean(u.isBanned), m_db.timestamp(u.createdAt) });
    } catch (const ConstraintViolation &violation) {
        if (violation.isUnique())
            return false;
        throw;
    }
    return true;
}

std::optional<User> SqlUserRepository::findById(const QString &id)
{
    const auto row =
            m_db.selectOne(u"SELECT "_s + kColumns + u" FROM users WHERE id = ?"_s, { id });
    if (!row)
        return std::nullopt;
    return fromRecord(*row);
}

std::optional<UserStanding> SqlUserRepository::findStanding(const QString &id)
{
    std::optional<UserStanding> standing;
    m_db.forEachRow(u"SELECT "_s + kStandingColumns + u" FROM users WHERE id = ?"_s, { id },
                    [&standing](const Row &row) { standing = standingOf(row); });
    return standing;
}

QList<UserStanding> SqlUserRepository::findStandings(const QStringList &ids)
{
    QList<UserStanding> standings;
    for (qsizetype start = 0; start < ids.size(); start += MaxInList) {
        QVariantList binds;
        const QString marks = inList(ids.mid(start, MaxInList), &binds);
        m_db.forEachRow(u"SELECT "_s + kStandingColumns
                                + u" FROM users WHERE id IN (%1)"_s.arg(marks),
                        binds, [&standings](const Row &row) { standings.append(standingOf(row)); });
    }
    return standings;
}

std::optional<User> SqlUserRepository::findByEmail(const QString &email)
{
    const auto row =
            m_db.selectOne(u"SELECT "_s + kColumns + u" FROM users WHERE email_normalized = ?"_s,
                           { normalized(email) });
    if (!row)
        return std::nullopt;
    return fromRecord(*row);
}

bool SqlUserRepository::update(const User &u)
{
    // is_banned is left alone: only setBanned changes it, so a profile edit racing a ban
    // cannot undo the ban.
    try {
        m_db.execute(u"UPDATE users SET email = ?, email_normalized = ?, full_name = ?, "
                     "password_hash = ?, avatar_url = ?, language = ?, is_business = ?, "
                     "is_admin = ? WHERE id = ?"_s,
                     { u.email, normalized(u.email), u.fullName, u.passwordHash,
                       notNull(u.avatarUrl), u.language.isEmpty() ? u"en"_s : u.language,
                       m_db.boolean(u.isBusiness), m_db.boolean(u.isAdmin), u.id });
    } catch (const ConstraintViolation &violation) {
        if (violation.isUnique())
            return false;
        throw;
    }
    return true;
}

Page<User> SqlUserRepository::list(const UserFilter &filter, const PageRequest &page)
{
    // The WHERE clause is assembled from fixed fragments only; the values are bound.
    QString where;
    QVariantList binds;
    auto add = [&where](const QString &condition) {
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + condition;
    };
    if (!filter.email.trimmed().isEmpty()) {
        add(u"email_normalized = ?"_s);
        binds.append(normalized(filter.email));
    }
    if (!filter.query.trimmed().isEmpty()) {
        add(u"(lower(email) LIKE ? ESCAPE '\\' OR lower(full_name) LIKE ? ESCAPE '\\')"_s);
        const QString pattern = containsPattern(filter.query.trimmed());
        binds.append(pattern);
        binds.append(pattern);
    }

    Page<User> result;
    const auto total = m_db.selectOne(u"SELECT COUNT(*) AS total FROM users"_s + where, binds);
    result.total = total ? total->value("total"_L1).toLongLong() : 0;
    if (result.total <= page.offset())
        return result;
    QVariantList pageBinds = binds;
    pageBinds.append(page.count);
    pageBinds.append(page.offset());
    const auto rows = m_db.select(u"SELECT "_s + kColumns + u" FROM users"_s + where
                                          + u" ORDER BY created_at, id LIMIT ? OFFSET ?"_s,
                                  pageBinds);
    result.items.reserve(rows.size());
    for (const QSqlRecord &row : rows)
        result.items.append(fromRecord(row));
    return result;
}

void SqlUserRepository::setBanned(const QString &id, bool banned, const EventOrigin &origin)
{
    Transaction tx(m_db);
    // Only a user who was not banned yet makes an event: a second ban changes nothing.
    const int changed =
            m_db.execute(u"UPDATE users SET is_banned = ? WHERE id = ? AND is_banned = ?"_s,
                         { m_db.boolean(banned), id, m_db.boolean(!banned) });
    if (changed == 1 && banned)
        m_outbox.append(tx, { userBannedEvent(id, origin) });
    tx.commit();
}

} // namespace coworking
