#include "bookingeventhandler.h"

#include "common/datetime.h"
#include "common/jsonkeys.h"
#include "database.h"
#include "notifications/eventnotifier.h"
#include "notifications/notificationtexts.h"

using namespace Qt::StringLiterals;

namespace coworking {

std::optional<NotificationType> BookingEventHandler::notificationType(const OutboxEvent &event)
{
    if (event.type == EventTypes::BookingCreated)
        return NotificationType::BookingCreated;
    if (event.type == EventTypes::BookingRescheduled)
        return NotificationType::BookingRescheduled;
    if (event.type == EventTypes::BookingCancelled) {
        return event.payload.value(u"reason"_s).toString() == CancelReasons::NoShow
                ? NotificationType::BookingReleased
                : NotificationType::BookingCancelled;
    }
    if (event.type == EventTypes::BookingExpired)
        return NotificationType::BookingExpired;
    if (event.type == EventTypes::BookingReminder)
        return NotificationType::BookingReminder;
    return std::nullopt;
}

BookingEventHandler::Outcome BookingEventHandler::handle(const OutboxEvent &event)
{
    const auto type = notificationType(event);
    const QJsonObject booking = event.payload.value(u"booking"_s).toObject();
    const QString userId = booking.value(u"user_id"_s).toString();
    if (!type || userId.isEmpty())
        return {};
    const QString spotId = booking.value(u"spot_id"_s).toString();
    const QString coworkingId = booking.value(u"coworking_id"_s).toString();
    // A booking moved to another spot names the one it left.
    const QString previousSpotId =
            event.payload.value(keys::Previous).toObject().value(keys::SpotId).toString();
    const QVariant previousSpot = previousSpotId.isEmpty() || previousSpotId == spotId
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(previousSpotId);

    // The spot or coworking may be gone (a deletion cancels their bookings): the texts then do
    // without their names.
    const auto row = m_db.selectOne(
            u"SELECT u.language, s.name AS spot_name, c.name AS coworking_name, c.timezone, "
            "p.name AS previous_spot_name FROM users u LEFT JOIN spots s ON s.id = ? "
            "LEFT JOIN coworkings c ON c.id = ? LEFT JOIN spots p ON p.id = ? WHERE u.id = ?"_s,
            { spotId, coworkingId, previousSpot, userId });
    if (!row)
        return {}; // nobody left to tell

    BookingFacts facts;
    facts.language = row->value(0).toString();
    facts.spotName = row->value(1).toString();
    facts.coworkingName = row->value(2).toString();
    facts.timeZone = row->value(3).toString();
    facts.from = datetime::parseWithOffset(booking.value(u"time_from"_s).toString())
                         .value_or(QDateTime());
    facts.until = datetime::parseWithOffset(booking.value(u"time_until"_s).toString())
                          .value_or(QDateTime());
    facts.previousSpotName = row->value(4).toString();
    facts.cancelReason = event.payload.value(keys::Reason).toString();
    facts.cancelNote = event.payload.value(keys::Note).toString();
    const NotificationText text = NotificationTexts::booking(*type, facts);

    Notification draft;
    draft.userId = userId;
    draft.type = *type;
    draft.title = text.title;
    draft.body = text.body;
    draft.data = { { u"booking_id"_s, booking.value(u"id"_s).toString() },
                   { u"coworking_id"_s, coworkingId },
                   { u"spot_id"_s, spotId },
                   { u"event_id"_s, event.id } };
    const EventNotifier::Result result = m_notifier.notify(event.id, draft);
    return { true, result.delivered, result.failed };
}

} // namespace coworking
