#include "sqlcoworkingrepository.h"

#include "database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString kColumns = u"id, owner_id, name, description, address, opens_at, closes_at, "
                         "timezone, min_duration_minutes, max_duration_minutes, slot_minutes, "
                         "max_days_in_advance, max_active_bookings_per_user, checkin_required, "
                         "auto_release_minutes, floor_plan_url, created_at"_s;

// Positions in kColumns, which every coworking read selects first (reading by name compares
// every column name).
enum Column {
    Id,
    OwnerId,
    Name,
    Description,
    Address,
    OpensAt,
    ClosesAt,
    Timezone,
    MinDuration,
    MaxDuration,
    SlotMinutes,
    MaxDaysInAdvance,
    MaxActivePerUser,
    CheckinRequired,
    AutoRelease,
    FloorPlanUrl,
    CreatedAt,
    ImageId,
    ImageUrl
};

const QString kTimeFormat = u"HH:mm:ss"_s;

// A LIKE pattern that matches `text` literally (with ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

// From a row whose coworking columns (kColumns) start at column `first`.
Coworking coworkingFrom(const Row &r, int first = 0)
{
    Coworking c;
    c.id = r.text(first + Id);
    c.ownerId = r.text(first + OwnerId);
    c.name = r.text(first + Name);
    c.description = r.text(first + Description);
    c.address = r.text(first + Address);
    c.opensAt = QTime::fromString(r.text(first + OpensAt), kTimeFormat);
    c.closesAt = QTime::fromString(r.text(first + ClosesAt), kTimeFormat);
    c.timezone = r.text(first + Timezone);
    c.policy.minDurationMinutes = r.integer(first + MinDuration);
    c.policy.maxDurationMinutes = r.integer(first + MaxDuration);
    c.policy.slotMinutes = r.integer(first + SlotMinutes);
    c.policy.maxDaysInAdvance = r.integer(first + MaxDaysInAdvance);
    c.policy.maxActiveBookingsPerUser = r.integer(first + MaxActivePerUser);
    c.policy.checkinRequired = r.boolean(first + CheckinRequired);
    c.policy.autoReleaseMinutes = r.integer(first + AutoRelease);
    c.floorPlanUrl = r.text(first + FloorPlanUrl);
    c.createdAt = Database::toDateTime(r.value(first + CreatedAt));
    return c;
}

} // namespace

QString SqlCoworkingRepository::columns(QStringView alias)
{
    if (alias.isEmpty())
        return kColumns;
    const QString prefix = alias + u'.';
    return prefix + kColumns.split(u", "_s).join(u", "_s + prefix);
}

Coworking SqlCoworkingRepository::fromRow(const Row &row, int first)
{
    return coworkingFrom(row, first);
}

// In the order of kColumns after id, owner_id and before created_at.
QVariantList SqlCoworkingRepository::fieldValues(const Coworking &c) const
{
    return { text(c.name),
             text(c.description),
             text(c.address),
             c.opensAt.toString(kTimeFormat),
             c.closesAt.toString(kTimeFormat),
             text(c.timezone),
             c.policy.minDurationMinutes,
             c.policy.maxDurationMinutes,
             c.policy.slotMinutes,
             c.policy.maxDaysInAdvance,
             c.policy.maxActiveBookingsPerUser,
             m_db.boolean(c.policy.checkinRequired),
             c.policy.autoReleaseMinutes,
             text(c.floorPlanUrl) };
}

void SqlCoworkingRepository::insert(const Coworking &c)
{
    QVariantList binds{ c.id, c.ownerId };
    binds += fieldValues(c);
    binds.append(m_db.timestamp(c.createdAt));
    m_db.execute(u"INSERT INTO coworkings ("_s + kColumns
                         + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 binds);
}

void SqlCoworkingRepository::update(const Coworking &c)
{
    QVariantList binds = fieldValues(c);
    binds.append(c.id);
    m_db.execute(u"UPDATE coworkings SET name = ?, description = ?, address = ?, opens_at = ?, "
                 "closes_at = ?, timezone = ?, min_duration_minutes = ?, "
                 "max_duration_minutes = ?, slot_minutes = ?, max_days_in_advance = ?, "
                 "max_active_bookings_per_user = ?, checkin_required = ?, "
                 "auto_release_minutes = ?, floor_plan_url = ? WHERE id = ?"_s,
                 binds);
}

std::optional<Coworking> SqlCoworkingRepository::find(const QString &id)
{
    // With its images in the same round trip: one row per image, or one row of NULLs.
    std::optional<Coworking> c;
    m_db.forEachRow(u"SELECT c.*, i.id AS image_id, i.url AS image_url FROM (SELECT "_s + kColumns
                            + u" FROM coworkings WHERE id = ?) c LEFT JOIN coworking_images i "
                              "ON i.coworking_id = c.id ORDER BY i.position, i.created_at, i.id"_s,
                    { id }, [&c](const Row &row) {
                        if (!c)
                            c = coworkingFrom(row);
                        if (!row.isNull(ImageId))
                            c->images.append({ row.text(ImageId), row.text(ImageUrl) });
                    });
    return c;
}

Page<Coworking> SqlCoworkingRepository::list(const QString &query, const PageRequest &page)
{
    QString where;
    QVariantList binds;
    if (!query.isEmpty()) {
        where = u" WHERE lower(name) LIKE ? ESCAPE '\\' OR lower(address) LIKE ? ESCAPE '\\'"_s;
        const QString pattern = containsPattern(query);
        binds = { pattern, pattern };
    }
    Page<Coworking> result;
    const auto total = m_db.selectOne(u"SELECT COUNT(*) AS total FROM coworkings"_s + where, binds);
    result.total = total ? total->value("total"_L1).toLongLong() : 0;

    binds << page.count << page.offset();
    m_db.forEachRow(u"SELECT "_s + kColumns + u" FROM coworkings"_s + where
                            + u" ORDER BY name, id LIMIT ? OFFSET ?"_s,
                    binds, [&result](const Row &row) { result.items.append(coworkingFrom(row)); });
    if (result.items.isEmpty())
        return result;

    // The images of the whole page in one more query, whatever the page size.
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < result.items.size(); ++i)
        indexOf.insert(result.items.at(i).id, i);
    const auto images = m_db.select(
            u"SELECT coworking_id, id, url FROM coworking_images WHERE coworking_id IN "
            "(SELECT id FROM coworkings"_s
                    + where
                    + u" ORDER BY name, id LIMIT ? OFFSET ?) ORDER BY position, created_at, id"_s,
            binds);
    for (const QSqlRecord &r : images) {
        const auto it = indexOf.constFind(r.value("coworking_id"_L1).toString());
        if (it != indexOf.constEnd())
            result.items[*it].images.append(
                    { r.value("id"_L1).toString(), r.value("url"_L1).toString() });
    }
    return result;
}

void SqlCoworkingRepository::remove(const QString &id)
{
    m_db.execute(u"DELETE FROM coworkings WHERE id = ?"_s, { id });
}

QList<User> SqlCoworkingRepository::managers(const QString &coworkingId)
{
    // No password hash: it is never needed here and should not travel further than it must.
    const auto rows = m_db.select(
            u"SELECT u.id, u.email, u.full_name, u.avatar_url, u.language, u.is_business, "
            "u.is_admin, u.is_banned, u.created_at FROM users u "
            "JOIN coworking_managers m ON m.user_id = u.id "
            "WHERE m.coworking_id = ? ORDER BY u.email_normalized, u.id"_s,
            { coworkingId });
    QList<User> users;
    users.reserve(rows.size());
    for (const QSqlRecord &r : rows) {
        User u;
        u.id = r.value("id"_L1).toString();
        u.email = r.value("email"_L1).toString();
        u.fullName = r.value("full_name"_L1).toString();
        u.avatarUrl = r.value("avatar_url"_L1).toString();
        u.language = r.value("language"_L1).toString();
        u.isBusiness = r.value("is_business"_L1).toBool();
        u.isAdmin = r.value("is_admin"_L1).toBool();
        u.isBanned = r.value("is_banned"_L1).toBool();
        u.createdAt = Database::toDateTime(r.value("created_at"_L1));
        users.append(u);
    }
    return users;
}

void SqlCoworkingRepository::addManager(const QString &coworkingId, const QString &userId)
{
    m_db.execute(u"INSERT INTO coworking_managers (coworking_id, user_id) VALUES (?, ?) "
                 "ON CONFLICT DO NOTHING"_s,
                 { coworkingId, userId });
}

void SqlCoworkingRepository::removeManager(const QString &coworkingId, const QString &userId)
{
    m_db.execute(u"DELETE FROM coworking_managers WHERE coworking_id = ? AND user_id = ?"_s,
                 { coworkingId, userId });
}

bool SqlCoworkingRepository::isManager(const QString &coworkingId, const QString &userId)
{
    return m_db
            .selectOne(u"SELECT 1 AS one FROM coworking_managers WHERE coworking_id = ? "
                       "AND user_id = ?"_s,
                       { coworkingId, userId })
            .has_value();
}

QStringList SqlCoworkingRepository::staffedBy(const QString &userId)
{
    const auto rows = m_db.select(u"SELECT id FROM coworkings WHERE owner_id = ? "
                                  "UNION SELECT coworking_id FROM coworking_managers "
                                  "WHERE user_id = ?"_s,
                                  { userId, userId });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QSqlRecord &r : rows)
        ids.append(r.value(0).toString());
    return ids;
}

} // namespace coworking
