#include "adminapi.h"

#include "decoding.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

void AdminApi::events(const EventsQuery &query, PageRequest pageRequest, QObject *context,
                      Callback<Page<OutboxEvent>> done)
{
    QUrlQuery q;
    if (!query.state.isEmpty())
        q.addQueryItem(u"state"_s, query.state);
    if (!query.type.isEmpty())
        q.addQueryItem(u"type"_s, query.type);
    m_api.call<Page<OutboxEvent>>(ApiRequest::get(u"/admin/events"_s, pageQuery(pageRequest, q)),
                                  context, std::move(done),
                                  asPage<OutboxEvent>(decoding::outboxEvent));
}

void AdminApi::retryEvent(const QString &id, QObject *context, Callback<OutboxEvent> done)
{
    m_api.call<OutboxEvent>(
            ApiRequest::raw("POST", u"/admin/events/%1/retry"_s.arg(segment(id)), {}, {}), context,
            std::move(done), asObject<OutboxEvent>(decoding::outboxEvent));
}

} // namespace coworking::client
