-- Web sessions of Spring Session JDBC (R1.4, R14.1): in the database, so that any node serves any request and
-- log-out everywhere ends the sessions on every node. This is the official schema of spring-session-jdbc 4.0
-- (schema-postgresql.sql and schema-h2.sql differ only in the type of ATTRIBUTE_BYTES: BYTEA on PostgreSQL,
-- LONGVARBINARY on H2, where BYTEA names the same type, BINARY VARYING), under the module's own table name
-- (spring.session.jdbc.table-name).

create table identity_session (
    primary_id                  char(36)     not null,
    session_id                  char(36)     not null,
    creation_time               bigint       not null,
    last_access_time            bigint       not null,
    max_inactive_interval       int          not null,
    expiry_time                 bigint       not null,
    principal_name              varchar(100),
    constraint identity_session_pk primary key (primary_id)
);
create unique index identity_session_ix1 on identity_session (session_id);
create index identity_session_ix2 on identity_session (expiry_time);
create index identity_session_ix3 on identity_session (principal_name);

create table identity_session_attributes (
    session_primary_id          char(36)     not null,
    attribute_name              varchar(200) not null,
    attribute_bytes             bytea        not null,
    constraint identity_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint identity_session_attributes_fk foreign key (session_primary_id)
        references identity_session (primary_id) on delete cascade
);
