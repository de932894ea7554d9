#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

// Booking codes: what a member reads out, types or shows as a QR code at the front desk, and
// what staff look a booking up by (GET /coworkings/{id}/bookings/by-code/{code}).
namespace coworking::bookingcode {

// Digits and capitals without the ones people confuse when reading a phone screen or a printout
// aloud, or typing it: 0/O/Q are one round shape, 1/I/L one stroke, 5/S, 2/Z and 8/B differ by a
// curve. 24 symbols; the SQL of migration 0007 spells the same alphabet for its back-fill.
inline constexpr QLatin1StringView Alphabet("34679ACDEFGHJKMNPRTUVWXY");
inline constexpr int Length = 8;

// A fresh code from the operating system's CSPRNG. 24^8 (about 1.1e11) codes: guessing one
// of a coworking's bookings takes billions of requests; a collision with an existing booking
// is rare and the store refuses it (unique index), so the caller draws again.
QString generate();

// The stored form of what a person typed or a scanner sent: letters in any case, spaces and
// dashes anywhere ("k7mw-3hxp", "K7MW 3HXP"). nullopt when it cannot be a code at all.
std::optional<QString> normalize(QStringView typed);
bool isWellFormed(QStringView code);

// For people: two groups of four ("K7MW-3HXP"), which normalize() reads back.
QString grouped(const QString &code);

} // namespace coworking::bookingcode
