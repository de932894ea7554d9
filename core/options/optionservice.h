#pragma once

#include "common/page.h"
#include "option.h"
#include "users/user.h"

#include <QString>
#include <QtGlobal>

namespace coworking {

class AccessPolicy;
class OptionRepository;

// Extras a coworking offers with a booking; its owner (or an admin) keeps the list.
class OptionService final
{
    Q_DISABLE_COPY_MOVE(OptionService)
public:
    OptionService(OptionRepository &options, AccessPolicy &access);

    // Anyone; an empty coworkingId lists the options of every coworking.
    Page<Option> list(const QString &coworkingId, const PageRequest &page);
    // Owner, admin; 404 COWORKING_NOT_FOUND.
    Option create(const Actor &actor, Option draft);
    // Owner, admin; 404 OPTION_NOT_FOUND. Bookings lose the option with it.
    void remove(const Actor &actor, const QString &id);

private:
    OptionRepository &m_options;
    AccessPolicy &m_access;
};

} // namespace coworking
