#include "imageservice.h"

#include "access/accesspolicy.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"
#include "coworkings/coworkingimagerepository.h"
#include "coworkings/coworkingrepository.h"
#include "filestorage.h"
#include "users/userservice.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

ImageService::ImageService(FileStorage &storage, UserService &users,
                           CoworkingRepository &coworkings, CoworkingImageRepository &images,
                           AccessPolicy &access, const Clock &clock)
    : m_storage(storage),
      m_users(users),
      m_coworkings(coworkings),
      m_images(images),
      m_access(access),
      m_clock(clock)
{
}

QString ImageService::store(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        throw AppError::invalidField(keys::File, u"must not be empty"_s);
    const std::optional<ImageType> type = sniffImageType(bytes);
    if (!type)
        throw AppError::invalidField(keys::File, u"must be a PNG, JPEG or WebP image"_s);
    return FileStorage::urlFor(m_storage.put(bytes, imageExtension(*type)));
}

QString ImageService::upload(const Actor &actor, const QByteArray &bytes)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    return store(bytes);
}

User ImageService::setAvatar(const Actor &actor, const QByteArray &bytes)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    UserPatch patch;
    patch.avatarUrl = store(bytes);
    return m_users.updateMe(actor, patch);
}

CoworkingImage ImageService::addCoworkingImage(const Actor &actor, const QString &coworkingId,
                                               const QByteArray &bytes)
{
    m_access.requireOwner(actor, coworkingId);
    const CoworkingImage image{ QUuid::createUuid().toString(QUuid::WithoutBraces), store(bytes) };
    m_images.insert(coworkingId, image, m_clock.now());
    return image;
}

void ImageService::removeCoworkingImage(const Actor &actor, const QString &coworkingId,
                                        const QString &imageId)
{
    m_access.requireOwner(actor, coworkingId);
    if (!m_images.remove(coworkingId, imageId))
        throw AppError::notFound(errc::ImageNotFound, u"The coworking has no such image."_s);
}

Coworking ImageService::setFloorPlan(const Actor &actor, const QString &coworkingId,
                                     const QByteArray &bytes)
{
    Coworking coworking = m_access.requireOwner(actor, coworkingId);
    coworking.floorPlanUrl = store(bytes);
    m_coworkings.update(coworking);
    return coworking;
}

std::optional<StoredFile> ImageService::file(const QString &key)
{
    if (!FileStorage::isValidKey(key))
        return std::nullopt;
    const std::optional<ImageType> type = imageTypeFromExtension(FileStorage::extensionOf(key));
    if (!type)
        return std::nullopt;
    std::optional<QByteArray> bytes = m_storage.get(key);
    if (!bytes)
        return std::nullopt;
    return StoredFile{ std::move(*bytes), imageMimeType(*type), FileStorage::hashOf(key) };
}

} // namespace coworking
