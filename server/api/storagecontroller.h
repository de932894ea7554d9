#pragma once

#include "apiresponse.h"

#include <QByteArray>
#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class ImageService;

// Uploads and stored files (API.md, Storage), and the image endpoints of users and coworkings
// that take an upload: PUT /users/me/avatar, POST and DELETE /coworkings/{id}/images,
// PUT /coworkings/{id}/floor-plan. Every upload body is either multipart/form-data with a part
// named "file", or the raw image with an image/* Content-Type.
class StorageController final
{
    Q_DISABLE_COPY_MOVE(StorageController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit StorageController(ImageService &images) : m_images(images) { }

    ApiResponse upload(ApiRequest &request); // POST /storage/upload → 201 {url}
    ApiResponse file(ApiRequest &request); // GET /storage/{key}
    ApiResponse putAvatar(ApiRequest &request); // PUT /users/me/avatar → 200 User
    ApiResponse addCoworkingImage(ApiRequest &request); // → 201 {id, url}
    ApiResponse removeCoworkingImage(ApiRequest &request); // → 204
    ApiResponse putFloorPlan(ApiRequest &request); // → 200 Coworking

    // The uploaded bytes of a request: the "file" part of a multipart/form-data body (400 when
    // malformed, 422 when there is no such part) or a raw body sent as image/*; any other
    // Content-Type is a 400, as for every body the API does not accept (API.md, Conventions).
    static QByteArray uploadedBytes(const ApiRequest &request);

private:
    ImageService &m_images;
};

} // namespace coworking
