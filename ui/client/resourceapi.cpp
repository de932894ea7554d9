#include "resourceapi.h"

#include "common/datetime.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace coworking::client {

QUrlQuery ResourceApi::pageQuery(const PageRequest &page, QUrlQuery query)
{
    query.addQueryItem(u"count"_s, QString::number(page.count));
    query.addQueryItem(u"page"_s, QString::number(page.page));
    return query;
}

QString ResourceApi::timeString(const QDateTime &t)
{
    return datetime::toUtcString(t);
}

QString ResourceApi::dateString(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString ResourceApi::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace coworking::client
