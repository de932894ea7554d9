#pragma once

#include "users/userrepository.h"

class QSqlRecord;

namespace coworking {

class Database;
class SqlOutbox;

// Users in SQL (SQLite and PostgreSQL). Email uniqueness is decided by the unique index on
// email_normalized (the lower-cased address), so two concurrent registrations cannot both win.
class SqlUserRepository final : public UserRepository
{
    Q_DISABLE_COPY_MOVE(SqlUserRepository)
public:
    SqlUserRepository(Database &db, SqlOutbox &outbox) : m_db(db), m_outbox(outbox) { }

    bool insert(const User &user) override;
    std::optional<User> findById(const QString &id) override;
    std::optional<UserStanding> findStanding(const QString &id) override;
    QList<UserStanding> findStandings(const QStringList &ids) override;
    std::optional<User> findByEmail(const QString &email) override;
    bool update(const User &user) override;
    Page<User> list(const UserFilter &filter, const PageRequest &page) override;
    void setBanned(const QString &id, bool banned, const EventOrigin &origin) override;

    static User fromRecord(const QSqlRecord &record);

private:
    Database &m_db;
    SqlOutbox &m_outbox;
};

} // namespace coworking
