#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace coworking {

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    ApiResponse &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({ std::move(name), std::move(value) });
        return *this;
    }

    static ApiResponse json(int status, const QJsonObject &object)
    {
        return {
            status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}
        };
    }
    static ApiResponse json(int status, const QJsonArray &array)
    {
        return {
            status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}
        };
    }
    static ApiResponse ok(const QJsonObject &object) { return json(200, object); }
    // A page of a list: bare array, total in X-Total-Count.
    static ApiResponse list(const QJsonArray &items, qint64 total)
    {
        return json(200, items).withHeader("X-Total-Count", QByteArray::number(total));
    }
    // The same, with the array already written as JSON (JsonWriter).
    static ApiResponse list(QByteArray itemsJson, qint64 total)
    {
        return ApiResponse{ 200, std::move(itemsJson), "application/json", {} }.withHeader(
                "X-Total-Count", QByteArray::number(total));
    }
    // 201 with the created resource and where it lives.
    static ApiResponse created(const QJsonObject &object, const QByteArray &location)
    {
        return json(201, object).withHeader("Location", location);
    }
    static ApiResponse noContent() { return { 204, {}, {}, {} }; }
};

} // namespace coworking
