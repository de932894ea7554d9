#pragma once

#include "coworking.h"

#include <QDateTime>
#include <QString>

namespace coworking {

// The photos of a coworking (table coworking_images). Reading them is the coworking
// repository's job: find() and list() fill Coworking::images.
class CoworkingImageRepository
{
public:
    virtual ~CoworkingImageRepository() = default;
    // Appends the image after the coworking's other images.
    virtual void insert(const QString &coworkingId, const CoworkingImage &image,
                        const QDateTime &createdAt) = 0;
    // False when the coworking has no image with this id.
    virtual bool remove(const QString &coworkingId, const QString &imageId) = 0;
};

} // namespace coworking
