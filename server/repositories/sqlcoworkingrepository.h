#pragma once

#include "coworkings/coworkingrepository.h"

#include <QVariantList>

namespace coworking {

class Database;
class Row;

// Coworkings and their managers in SQLite or PostgreSQL. Opening hours are stored as
// "HH:MM:SS" text, read in the coworking's own zone. find() and list() also read the images
// (table coworking_images, written by SqlCoworkingImageRepository).
class SqlCoworkingRepository final : public CoworkingRepository
{
    Q_DISABLE_COPY_MOVE(SqlCoworkingRepository)
public:
    explicit SqlCoworkingRepository(Database &db) : m_db(db) { }

    void insert(const Coworking &c) override;
    void update(const Coworking &c) override;
    std::optional<Coworking> find(const QString &id) override;
    // Name or address containing `query` (case-insensitive), by name.
    Page<Coworking> list(const QString &query, const PageRequest &page) override;
    // Spots, options, managers and bookings go with it (ON DELETE CASCADE).
    void remove(const QString &id) override;

    QList<User> managers(const QString &coworkingId) override;
    void addManager(const QString &coworkingId, const QString &userId) override;
    void removeManager(const QString &coworkingId, const QString &userId) override;
    bool isManager(const QString &coworkingId, const QString &userId) override;
    QStringList staffedBy(const QString &userId) override;

    // The columns every coworking read selects first, each prefixed with "alias." when given,
    // and the coworking read from a row where they start at column `first` (no images).
    static QString columns(QStringView alias = {});
    static Coworking fromRow(const Row &row, int first = 0);

private:
    QVariantList fieldValues(const Coworking &c) const;

    Database &m_db;
};

} // namespace coworking
