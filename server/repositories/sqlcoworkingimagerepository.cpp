#include "sqlcoworkingimagerepository.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace coworking {

void SqlCoworkingImageRepository::insert(const QString &coworkingId, const CoworkingImage &image,
                                         const QDateTime &createdAt)
{
    // Last position + 1 in the same statement; two concurrent uploads may share a position,
    // which only makes their order fall back to created_at and id.
    m_db.execute(u"INSERT INTO coworking_images (id, coworking_id, url, position, created_at) "
                 "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM coworking_images "
                 "WHERE coworking_id = ?), ?)"_s,
                 { image.id, coworkingId, image.url, coworkingId, m_db.timestamp(createdAt) });
}

bool SqlCoworkingImageRepository::remove(const QString &coworkingId, const QString &imageId)
{
    return m_db.execute(u"DELETE FROM coworking_images WHERE id = ? AND coworking_id = ?"_s,
                        { imageId, coworkingId })
            > 0;
}

} // namespace coworking
