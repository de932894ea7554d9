#pragma once

#include <QString>

namespace coworking {

class Database;

// Applies the numbered SQL files of resources/migrations/<dialect>/ that the database lacks,
// each in its own transaction, and records them in schema_migrations. A database that already
// holds a newer version than this binary knows is refused: running old code on a newer schema
// could silently corrupt data.
class Migrator final
{
public:
    explicit Migrator(Database &db) : m_db(db) { }

    struct Result
    {
        bool ok = false;
        int appliedCount = 0;
        int version = 0;
        QString error;
    };
    Result migrate();

    static int latestVersion(bool postgres);

private:
    Database &m_db;
};

} // namespace coworking
