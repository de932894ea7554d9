-- Run once by the postgres image on an empty data directory: the bookings' no-overlap
-- constraint needs btree_gist, which only a superuser may create.
CREATE EXTENSION IF NOT EXISTS btree_gist;
