#pragma once

#include "clienttypes.h"

#include "common/jsonreader.h"
#include "events/outboxevent.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

// Readers of the answers core has no codec for: the outbox as /admin/events lists it, `{url}`,
// and the calendar issue's series. Every resource core decodes is read with
// core's `…FromJson` (core/*/…json.h); the signatures here follow theirs.
namespace coworking::client::decoding {

std::optional<OutboxEvent> outboxEvent(const QJsonObject &o, DecodeError *error = nullptr);
std::optional<SeriesOccurrence> seriesOccurrence(const QJsonObject &o,
                                                 DecodeError *error = nullptr);
std::optional<SeriesResult> seriesResult(const QJsonObject &o, DecodeError *error = nullptr);
// POST /bookings/series/precheck: {occurrences: [...]}.
std::optional<QList<SeriesOccurrence>> seriesPrecheck(const QJsonObject &o,
                                                      DecodeError *error = nullptr);
// `{url}` (an upload's answer, a calendar feed): the URL, which must not be empty.
std::optional<QUrl> url(const QJsonObject &o, DecodeError *error = nullptr);
std::optional<PrecheckOutcome> precheckOutcome(const QJsonObject &o, DecodeError *error = nullptr);
// The inner error object ({code, message, details}) as an Http ApiError without a status.
ApiError errorObject(const QJsonObject &error);

} // namespace coworking::client::decoding
