#pragma once

#include "coworkings/coworkingimagerepository.h"

namespace coworking {

class Database;

// Table coworking_images in SQLite or PostgreSQL; rows go with their coworking (ON DELETE
// CASCADE). SqlCoworkingRepository reads them into Coworking::images.
class SqlCoworkingImageRepository final : public CoworkingImageRepository
{
    Q_DISABLE_COPY_MOVE(SqlCoworkingImageRepository)
public:
    explicit SqlCoworkingImageRepository(Database &db) : m_db(db) { }

    void insert(const QString &coworkingId, const CoworkingImage &image,
                const QDateTime &createdAt) override;
    bool remove(const QString &coworkingId, const QString &imageId) override;

private:
    Database &m_db;
};

} // namespace coworking
