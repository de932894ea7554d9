#pragma once

#include "coworkings/coworking.h"
#include "imagetype.h"
#include "users/user.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace coworking {

class AccessPolicy;
class Clock;
class CoworkingImageRepository;
class CoworkingRepository;
class FileStorage;
class UserService;

// A stored file as GET /storage/{key} serves it.
struct StoredFile
{
    QByteArray bytes;
    QByteArray mimeType;
    QString hash; // SHA-256 hex of the bytes: the ETag
};

// Uploaded images (openapi.json, Storage): the plain upload, a user's avatar, a coworking's photos
// and floor plan. Every image is checked by its content (PNG, JPEG or WebP) before it is stored;
// permissions are checked before anything is written.
class ImageService final
{
    Q_DISABLE_COPY_MOVE(ImageService)
public:
    ImageService(FileStorage &storage, UserService &users, CoworkingRepository &coworkings,
                 CoworkingImageRepository &images, AccessPolicy &access, const Clock &clock);

    // ---- commands (each throws 422 VALIDATION_ERROR on field "file" for a non-image)

    // Any authenticated user; returns the URL ("/storage/<key>").
    QString upload(const Actor &actor, const QByteArray &bytes);
    // The caller's own avatar; returns the updated user.
    User setAvatar(const Actor &actor, const QByteArray &bytes);
    // Owner, admin. Appends a photo to the coworking.
    CoworkingImage addCoworkingImage(const Actor &actor, const QString &coworkingId,
                                     const QByteArray &bytes);
    // Owner, admin. 404 IMAGE_NOT_FOUND when the coworking has no such image. The stored file
    // stays: files are shared by content, and another reference may use the same bytes.
    void removeCoworkingImage(const Actor &actor, const QString &coworkingId,
                              const QString &imageId);
    // Owner, admin. Replaces the floor plan; returns the updated coworking.
    Coworking setFloorPlan(const Actor &actor, const QString &coworkingId, const QByteArray &bytes);

    // ---- queries

    // Public; nullopt for a malformed or unknown key.
    std::optional<StoredFile> file(const QString &key);

private:
    // Checks the content and stores it; returns the URL.
    QString store(const QByteArray &bytes);

    FileStorage &m_storage;
    UserService &m_users;
    CoworkingRepository &m_coworkings;
    CoworkingImageRepository &m_images;
    AccessPolicy &m_access;
    const Clock &m_clock;
};

} // namespace coworking
