-- Photos of a coworking (POST /coworkings/{id}/images), in upload order. The files themselves
-- are content-addressed in <data-dir>/storage; url is their public path "/storage/<key>".
CREATE TABLE coworking_images (
    id uuid PRIMARY KEY,
    coworking_id uuid NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    url text NOT NULL,
    position integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL
);
CREATE INDEX coworking_images_coworking_idx ON coworking_images (coworking_id, position);
