#include "router.h"

#include "common/jsonbody.h"

namespace coworking {

namespace {

// A parameter segment is "{name}", or "{name}" and a literal suffix ("{token}.ics").
bool isParam(const QString &segment)
{
    return segment.startsWith(u'{') && segment.indexOf(u'}') > 1;
}

QString paramName(const QString &segment)
{
    return segment.mid(1, segment.indexOf(u'}') - 1);
}

QString paramSuffix(const QString &segment)
{
    return segment.mid(segment.indexOf(u'}') + 1);
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
    // A NUL names nothing this server stores (and PostgreSQL could not compare it).
    return !value.isEmpty() && !value.contains(QChar(0));
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
                const QString name = paramName(seg);
                const QString suffix = paramSuffix(seg);
                QString value = parts.at(i);
                ok = value.endsWith(suffix);
                value.chop(suffix.size());
                ok = ok && paramAccepts(name, value);
                // UUIDs compare in lower case; other values (push tokens) keep their case.
                params.insert(name, isIdParam(name) ? value.toLower() : value);
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
