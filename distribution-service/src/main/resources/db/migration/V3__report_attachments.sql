-- Files a unit attaches to its report. What they are (name, type found from the content, size,
-- digest) lives here; the bytes live behind AttachmentStorage, by default in attachment_blob.
create table report_attachment (
    id           uuid primary key,
    delivery_id  uuid        not null references delivery (id),
    file_name    text        not null,
    media_type   text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    storage_key  text        not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index report_attachment_by_delivery on report_attachment (delivery_id, uploaded_at);

-- The PostgreSQL implementation of AttachmentStorage.
create table attachment_blob (
    storage_key text primary key,
    content     bytea not null
);
