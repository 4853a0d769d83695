-- Tamper-evident audit trail (R8.4, R12). Runs unchanged on PostgreSQL and on H2.
-- Records are spread over several hash chains (by the hash of their object) so that writers of different objects do
-- not wait for each other. Within a chain the sequence has no gaps: a writer takes the chain's head row with a row
-- lock, in the transaction of the audited action. Each record holds the HMAC-SHA256 of its content and of its
-- predecessor's MAC, with a key the database does not hold (supervision.audit.AuditKeys). MACs are Base64.

create table supervision_audit_chain (
    chain_no     integer     primary key,
    head_seq_no  bigint      not null,
    head_mac     varchar(44),
    check (head_seq_no >= 0)
);

create table supervision_audit_record (
    chain_no          integer                  not null,
    seq_no            bigint                   not null,
    recorded_at       timestamp with time zone not null,
    actor_id          uuid,
    actor_role        varchar(60),
    actor_department  varchar(40),
    client_address    varchar(64),
    request_id        varchar(64),
    action            varchar(60)              not null,
    object_type       varchar(40)              not null,
    object_id         varchar(100)             not null,
    outcome           varchar(10)              not null check (outcome in ('SUCCESS', 'FAILURE')),
    detail            varchar(500),
    prev_mac          varchar(44),
    mac               varchar(44)              not null,
    primary key (chain_no, seq_no)
);
