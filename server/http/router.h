#pragma once

#include "apiresponse.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace coworking {

class ApiRequest;

enum class Access {
    Public, // no token needed; a token, if sent, is ignored
    Optional, // a valid token adds the caller (staff see more); an invalid one is a 401
    User, // a valid token of a user who is not banned
};

using RouteHandler = std::function<ApiResponse(ApiRequest &)>;

struct Route
{
    QString method;
    QString pattern; // "/bookings/{id}/options/{option_id}"
    Access access = Access::User;
    RouteHandler handler;
    QStringList segments;
};

// The route table: matches a method and path; unknown path → 404, known path with another
// method → 405 (with Allow). Path parameters named "id" or ending in "_id" must be UUIDs
// (otherwise 404, as no such resource can exist). A parameter may end its segment with a literal
// suffix ("/calendar/{token}.ics"), which the path must have and the value does not include.
class Router final
{
public:
    void add(const QString &method, const QString &pattern, Access access, RouteHandler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods; // when the path exists but the method does not
    };
    Match match(const QString &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

// A route handler that calls a member function of a controller (which must outlive the router).
template<typename Controller>
RouteHandler handlerOf(Controller &controller, ApiResponse (Controller::*method)(ApiRequest &))
{
    return [&controller, method](ApiRequest &request) { return (controller.*method)(request); };
}

} // namespace coworking
