#include "closuretext.h"

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

QString ClosureText::hours(const Closure &closure, const QLocale &locale)
{
    if (closure.closedAllDay())
        return tr("Closed all day");
    const QString span = locale.toString(closure.opensAt, QLocale::ShortFormat) + u'\x2013'
            + locale.toString(closure.closesAt, QLocale::ShortFormat);
    if (closure.closesAt <= closure.opensAt)
        return tr("%1 (closes the next day)").arg(span);
    return span;
}

QString ClosureText::notice(const Closure &closure, const QLocale &locale)
{
    const QString what = closure.closedAllDay()
            ? tr("Closed all day")
            : tr("Special hours %1", "the day's hours, e.g. 10:00-16:00")
                      .arg(hours(closure, locale));
    if (closure.reason.trimmed().isEmpty())
        return what;
    return tr("%1: %2", "what holds that day, and why").arg(what, closure.reason.trimmed());
}

} // namespace ui
} // namespace coworking
