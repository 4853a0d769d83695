-- The fill of the read models from the source tables (R11): one row once a node has filled them, inserted in the
-- fill's transaction, so that of several nodes starting together on cases with empty read models one fills them and
-- the others, whose insert of the same row waits for it, find it there and leave them.
create table statistics_backfill (
    id            integer primary key,
    filled_at     timestamp with time zone not null,
    applications  bigint not null
);
