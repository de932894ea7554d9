-- The words given when a booking was cancelled (DELETE /bookings/{id}?reason=...), answered as
-- the booking's `cancel_reason`. The column cancel_reason keeps the kind of cancellation (user,
-- staff, ban, ...), which events and notifications already read; NULL when no words were given.
ALTER TABLE bookings ADD COLUMN cancel_note TEXT;
