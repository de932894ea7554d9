#include "storagecontroller.h"

#include "router.h"
#include "common/apperror.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"
#include "coworkings/coworkingjson.h"
#include "apirequest.h"
#include "multipart.h"
#include "storage/imageservice.h"
#include "users/userjson.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// Keys name immutable content: a year of caching, and no revalidation at all.
constexpr auto kCacheForever = "public, max-age=31536000, immutable";

} // namespace

QByteArray StorageController::uploadedBytes(const ApiRequest &request)
{
    const QString type = request.contentType();
    if (type == u"multipart/form-data") {
        const QList<MultipartPart> parts =
                Multipart::parse(request.header("Content-Type"), request.body());
        const MultipartPart *file = nullptr;
        for (const MultipartPart &part : parts) {
            if (part.name != "file")
                continue;
            if (file)
                throw AppError::invalidField(keys::File, u"must be sent only once"_s);
            file = &part;
        }
        if (!file)
            throw AppError::invalidField(keys::File, u"is required"_s);
        return file->data;
    }
    // The declared type only says "the body is the file"; what the file is, its bytes decide.
    if (type.startsWith(u"image/"))
        return request.body();
    throw AppError::badRequest(u"Content-Type must be multipart/form-data (with a part named "
                               "\"file\") or an image type: image/png, image/jpeg or "
                               "image/webp."_s);
}

ApiResponse StorageController::upload(ApiRequest &request)
{
    const QString url = m_images.upload(request.actor(), uploadedBytes(request));
    return ApiResponse::created(QJsonObject{ { keys::Url, url } }, url.toUtf8());
}

ApiResponse StorageController::file(ApiRequest &request)
{
    const auto file = m_images.file(request.param(u"key"_s));
    if (!file)
        throw AppError::notFound(errc::NotFound, u"No such file."_s);
    return conditionalResponse(request, file->bytes, file->mimeType,
                               '"' + file->hash.toLatin1() + '"', kCacheForever);
}

ApiResponse StorageController::putAvatar(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_images.setAvatar(request.actor(), uploadedBytes(request))));
}

ApiResponse StorageController::addCoworkingImage(ApiRequest &request)
{
    const QString coworkingId = request.param(u"id"_s);
    const CoworkingImage image =
            m_images.addCoworkingImage(request.actor(), coworkingId, uploadedBytes(request));
    return ApiResponse::created(
            QJsonObject{ { keys::Id, image.id }, { keys::Url, image.url } },
            (u"/coworkings/"_s + coworkingId + u"/images/"_s + image.id).toUtf8());
}

ApiResponse StorageController::removeCoworkingImage(ApiRequest &request)
{
    m_images.removeCoworkingImage(request.actor(), request.param(u"id"_s),
                                  request.param(u"image_id"_s));
    return ApiResponse::noContent();
}

ApiResponse StorageController::putFloorPlan(ApiRequest &request)
{
    const QByteArray bytes = uploadedBytes(request);
    return ApiResponse::ok(
            toJson(m_images.setFloorPlan(request.actor(), request.param(u"id"_s), bytes)));
}

void StorageController::registerRoutes(Router &router)
{
    // Uploads (openapi.json, Storage) and the image endpoints that take one. Their bodies may be up
    // to HttpLimits::maxUploadBytes: keep isUploadRoute (uploadroutes.cpp) in step with this list.
    router.add(u"POST"_s, u"/storage/upload"_s, Access::User,
               handlerOf(*this, &StorageController::upload));
    router.add(u"GET"_s, u"/storage/{key}"_s, Access::Public,
               handlerOf(*this, &StorageController::file));
    router.add(u"PUT"_s, u"/users/me/avatar"_s, Access::User,
               handlerOf(*this, &StorageController::putAvatar));
    router.add(u"POST"_s, u"/coworkings/{id}/images"_s, Access::User,
               handlerOf(*this, &StorageController::addCoworkingImage));
    router.add(u"DELETE"_s, u"/coworkings/{id}/images/{image_id}"_s, Access::User,
               handlerOf(*this, &StorageController::removeCoworkingImage));
    router.add(u"PUT"_s, u"/coworkings/{id}/floor-plan"_s, Access::User,
               handlerOf(*this, &StorageController::putFloorPlan));
}

} // namespace coworking
