-- Legal clocks of cases (R8.2, R15.1, R15.3, R15.4). Runs unchanged on PostgreSQL and on H2.
-- Only what happened is kept (start, pauses, extension, steps, stop): due days and day counts depend on the
-- working-day calendar, which the administrator may still change, so they are computed when a clock is read.
-- A clock row is guarded by its version: of two nodes changing one clock at once, the second is refused.

create table supervision_clock (
    case_id              uuid                     primary key,
    case_number          varchar(40)              not null,
    received_at          timestamp with time zone not null,
    starts_on            date,
    statutory_limit_days integer                  not null,
    committed_limit_days integer                  not null,
    joint                boolean                  not null,
    stopped_at           timestamp with time zone,
    version              bigint                   not null,
    check (committed_limit_days > 0 and statutory_limit_days >= committed_limit_days)
);
-- Clocks waiting for the calendar of the day after receipt.
create index supervision_clock_undated on supervision_clock (starts_on);

create table supervision_clock_pause (
    case_id      uuid                     not null references supervision_clock (case_id) on delete cascade,
    seq_no       integer                  not null,
    reason       varchar(20)              not null check (reason in ('CORRECTION', 'SPECIAL_PERIOD')),
    note         varchar(500),
    started_at   timestamp with time zone not null,
    ended_at     timestamp with time zone,
    primary key (case_id, seq_no)
);

create table supervision_clock_extension (
    case_id        uuid                     primary key references supervision_clock (case_id) on delete cascade,
    extension_days integer                  not null,
    reason         varchar(500)             not null,
    approver_id    uuid                     not null,
    extended_at    timestamp with time zone not null
);

create table supervision_clock_step (
    case_id      uuid                     not null references supervision_clock (case_id) on delete cascade,
    seq_no       integer                  not null,
    step         varchar(40)              not null,
    limit_days   integer                  not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    primary key (case_id, seq_no)
);
