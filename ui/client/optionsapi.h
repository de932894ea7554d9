#pragma once

#include "resourceapi.h"

namespace coworking::client {

// /options: the extras a coworking offers.
class OptionsApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    void list(const QString &coworkingId, QObject *context, Callback<QList<Option>> done);
    void create(const QString &coworkingId, const QString &name, QObject *context,
                Callback<Option> done);
    void remove(const QString &id, QObject *context, Callback<Done> done);
};

} // namespace coworking::client
