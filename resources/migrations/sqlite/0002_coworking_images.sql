-- Photos of a coworking (POST /coworkings/{id}/images), in upload order. The files themselves
-- are content-addressed in <data-dir>/storage; url is their public path "/storage/<key>".
CREATE TABLE coworking_images (
    id TEXT PRIMARY KEY,
    coworking_id TEXT NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX coworking_images_coworking_idx ON coworking_images (coworking_id, position);
