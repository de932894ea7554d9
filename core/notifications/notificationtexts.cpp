#include "notificationtexts.h"

#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

bool isRussian(const BookingFacts &facts)
{
    return NotificationTexts::language(facts.language) == u"ru";
}

// Month names by hand: the texts must not depend on the locales installed on the machine.
QString monthName(int month, bool russian)
{
    static const char *const en[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    static const char16_t *const ru[] = { u"янв", u"фев", u"мар", u"апр", u"мая", u"июн",
                                          u"июл", u"авг", u"сен", u"окт", u"ноя", u"дек" };
    const int i = qBound(1, month, 12) - 1;
    return russian ? QString::fromUtf16(ru[i]) : QString::fromLatin1(en[i]);
}

QString dayAndMonth(const QDateTime &t, bool russian)
{
    return QString::number(t.date().day()) + u' ' + monthName(t.date().month(), russian);
}

QString window(const BookingFacts &facts, bool russian)
{
    QTimeZone zone(facts.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime from = facts.from.toTimeZone(zone);
    const QDateTime until = facts.until.toTimeZone(zone);
    const QString fromText = dayAndMonth(from, russian) + u' ' + from.toString(u"HH:mm"_s);
    if (from.date() == until.date())
        return fromText + u'\u2013' + until.toString(u"HH:mm"_s);
    return fromText + u" \u2013 "_s + dayAndMonth(until, russian) + u' '
            + until.toString(u"HH:mm"_s);
}

QString cancelReasonSentence(const QString &reason, bool russian)
{
    struct Sentence
    {
        const char16_t *reason;
        const char16_t *en;
        const char16_t *ru;
    };
    static const Sentence sentences[] = {
        { u"user", u"You cancelled it.", u"Вы отменили бронирование." },
        { u"staff", u"It was cancelled by the coworking's staff.",
          u"Бронирование отменила администрация коворкинга." },
        { u"ban", u"It was cancelled because your account was blocked.",
          u"Бронирование отменено, потому что ваш аккаунт заблокирован." },
        { u"no_show", u"Nobody checked in in time, so the spot was released.",
          u"Вы не отметились вовремя, поэтому место освобождено." },
        { u"spot_deleted", u"It was cancelled because the spot was removed.",
          u"Бронирование отменено, потому что место удалено." },
        { u"coworking_deleted", u"It was cancelled because the coworking was removed.",
          u"Бронирование отменено, потому что коворкинг удалён." },
        { u"closure",
          u"It was cancelled because the coworking is closed or keeps other hours that day.",
          u"Бронирование отменено, потому что в этот день коворкинг закрыт или работает по другому "
          u"графику." },
    };
    for (const Sentence &s : sentences) {
        if (reason == QStringView(s.reason))
            return QString::fromUtf16(russian ? s.ru : s.en);
    }
    return {};
}

} // namespace

QString NotificationTexts::language(const QString &userLanguage)
{
    return userLanguage.trimmed().toLower().startsWith(u"ru") ? u"ru"_s : u"en"_s;
}

QString NotificationTexts::bookingLine(const BookingFacts &facts)
{
    const bool russian = isRussian(facts);
    QStringList parts;
    parts.append(facts.spotName.isEmpty() ? (russian ? u"Место"_s : u"Spot"_s) : facts.spotName);
    if (!facts.coworkingName.isEmpty())
        parts.append(facts.coworkingName);
    parts.append(window(facts, russian));
    return parts.join(u", "_s);
}

NotificationText NotificationTexts::booking(NotificationType type, const BookingFacts &facts)
{
    const bool ru = isRussian(facts);
    const QString line = bookingLine(facts);
    switch (type) {
    case NotificationType::BookingCreated:
        return { ru ? u"Бронирование подтверждено"_s : u"Booking confirmed"_s, line + u'.' };
    case NotificationType::BookingRescheduled:
        if (!facts.previousSpotName.isEmpty() && facts.previousSpotName != facts.spotName) {
            return { ru ? u"Бронирование перенесено"_s : u"Booking rescheduled"_s,
                     (ru ? u"Бронирование перенесено с места «%1». Новое место и время: "_s
                         : u"Moved from %1. New place and time: "_s)
                                     .arg(facts.previousSpotName)
                             + line + u'.' };
        }
        return { ru ? u"Бронирование перенесено"_s : u"Booking rescheduled"_s,
                 (ru ? u"Новое время: "_s : u"New time: "_s) + line + u'.' };
    case NotificationType::BookingCancelled: {
        QString body = line + u'.';
        const QString reason = cancelReasonSentence(facts.cancelReason, ru);
        if (!reason.isEmpty())
            body += u' ' + reason;
        if (!facts.cancelNote.isEmpty())
            body += (ru ? u" Причина: «%1»."_s : u" Reason: \u201c%1\u201d."_s)
                            .arg(facts.cancelNote);
        return { ru ? u"Бронирование отменено"_s : u"Booking cancelled"_s, body };
    }
    case NotificationType::BookingReleased:
        return { ru ? u"Бронирование снято"_s : u"Booking released"_s,
                 line + u". " + cancelReasonSentence(u"no_show"_s, ru) };
    case NotificationType::BookingExpired:
        return { ru ? u"Бронирование завершено"_s : u"Booking ended"_s,
                 line + (ru ? u". Бронирование завершилось."_s : u". Your booking has ended."_s) };
    case NotificationType::BookingReminder:
        return { ru ? u"Скоро начало бронирования"_s : u"Your booking starts soon"_s, line + u'.' };
    case NotificationType::System:
        break;
    }
    return { ru ? u"Уведомление"_s : u"Notification"_s, line };
}

} // namespace coworking
