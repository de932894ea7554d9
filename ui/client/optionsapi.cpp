#include "optionsapi.h"

#include "decoding.h"

#include "options/optionjson.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

void OptionsApi::list(const QString &coworkingId, QObject *context, Callback<QList<Option>> done)
{
    QUrlQuery q;
    q.addQueryItem(u"coworking_id"_s, coworkingId);
    m_api.call<QList<Option>>(ApiRequest::get(u"/options"_s, q), context, std::move(done),
                              asList<Option>(optionFromJson));
}

void OptionsApi::create(const QString &coworkingId, const QString &name, QObject *context,
                        Callback<Option> done)
{
    const QJsonObject body{ { u"coworking_id"_s, coworkingId }, { u"name"_s, name } };
    m_api.call<Option>(ApiRequest::json("POST", u"/options"_s, QJsonDocument(body)), context,
                       std::move(done), asObject<Option>(optionFromJson));
}

void OptionsApi::remove(const QString &id, QObject *context, Callback<Done> done)
{
    m_api.callDone(ApiRequest::del(u"/options/"_s + segment(id)), context, std::move(done));
}

} // namespace coworking::client
