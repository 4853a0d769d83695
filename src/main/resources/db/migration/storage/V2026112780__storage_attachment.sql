-- The attachments of applications (R3.3, R12.2). The files themselves lie encrypted outside the database (see
-- tongban.storage.directory); a row holds what the server decided about one: its type by content, its size and
-- SHA-256 of the plaintext, checked whenever the file is read, and the id of the key that sealed it. The display
-- name is display text only, never part of a path. Runs unchanged on PostgreSQL and on H2.

create table storage_attachment (
    id            uuid         primary key,
    display_name  varchar(200) not null,
    type          varchar(8)   not null check (type in ('PDF', 'JPEG', 'PNG', 'OFD')),
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    key_id        varchar(16)  not null,
    -- UTC
    stored_at     timestamp    not null
);
create index storage_attachment_key on storage_attachment (key_id);
