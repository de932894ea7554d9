#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace coworking {

class Database;
class SqlOutbox;

// The runner's time-driven jobs on bookings. Each pass is one transaction per chunk whose
// UPDATE both picks and changes the rows (PostgreSQL: SKIP LOCKED), and writes each changed
// booking's event into the outbox in that transaction: safe with several runners at once, and
// a runner that was down catches up on its next pass.
class BookingJobs final
{
    Q_DISABLE_COPY_MOVE(BookingJobs)
public:
    BookingJobs(Database &db, SqlOutbox &outbox) : m_db(db), m_outbox(outbox) { }

    // Active bookings that have ended become 'expired' (booking.expired).
    int expireEnded(const QDateTime &now);
    // Active bookings starting in (now, now + lead] without a reminder get one
    // (reminder_sent_at, booking.reminder).
    int remindUpcoming(const QDateTime &now, int leadMinutes);
    // In coworkings that require check-in: active bookings not checked in by time_from +
    // auto_release_minutes, and not ended, are cancelled with reason no_show
    // (booking.cancelled).
    int releaseNoShows(const QDateTime &now);

    static constexpr int ChunkSize = 200;

private:
    enum class Job { Expire, Remind, Release };
    // Runs one job chunk by chunk until a chunk changes fewer rows than it could.
    int run(Job job, const QDateTime &now, int leadMinutes);
    int runChunk(Job job, const QDateTime &now, int leadMinutes);

    Database &m_db;
    SqlOutbox &m_outbox;
};

} // namespace coworking
