#include "router.h"

#include "common/jsonbody.h"

namespace coworking {

namespace {

bool isParam(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool isIdParam(const QString &name)
{
    return name == u"id" || name.endsWith(u"_id");
}

// Ids are UUIDs: a path whose id cannot be one names no resource.
bool paramAccepts(const QString &name, const QString &value)
{
    if (isIdParam(name))
        return JsonBody::isUuid(value);
    return !value.isEmpty();
}

} // namespace

void Router::add(const QString &method, const QString &pattern, Access access, RouteHandler handler)
{
    Route route{ method, pattern, access, std::move(handler),
                 pattern.split(u'/', Qt::SkipEmptyParts) };
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QString &method, const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    const Route *best = nullptr;
    int bestLiterals = -1;
    QHash<QString, QString> bestParams;
    for (const Route &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        int literals = 0;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = route.segments.at(i);
            if (isParam(seg)) {
                const QString name = seg.mid(1, seg.size() - 2);
                ok = paramAccepts(name, parts.at(i));
                // UUIDs compare in lower case; other values (push tokens) keep their case.
                params.insert(name, isIdParam(name) ? parts.at(i).toLower() : parts.at(i));
            } else {
                ok = seg == parts.at(i);
                ++literals;
            }
        }
        if (!ok)
            continue;
        if (route.method != method) {
            if (!result.allowedMethods.contains(route.method))
                result.allowedMethods.append(route.method);
            continue;
        }
        // "/users/me" wins over "/users/{id}": the more literal segments, the better.
        if (literals > bestLiterals) {
            best = &route;
            bestLiterals = literals;
            bestParams = params;
        }
    }
    if (best) {
        result.route = best;
        result.params = std::move(bestParams);
        result.allowedMethods.clear();
    }
    return result;
}

} // namespace coworking
