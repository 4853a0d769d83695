-- Accountability records and the supervisor console (R8.3, R8.5, issue 15 items 3 and 4). Runs unchanged on
-- PostgreSQL and on H2.
-- The console counts clocks per department and matter, so a clock names them (set when the case opens; the rows of
-- cases opened before are filled in from the approval side's cases here). A stopped clock keeps the day it stopped
-- and whether that was after its due day, since its due day is not kept once it stops: the on-time rate counts them.
-- Stopped clocks without them are dated when the platform starts (supervision.clock.JdbcCaseClocks), since their
-- due days need the calendar.
alter table supervision_clock add column department_code varchar(20);
alter table supervision_clock add column matter_code varchar(40);
alter table supervision_clock add column matter_name_zh varchar(200);
alter table supervision_clock add column matter_name_en varchar(200);
alter table supervision_clock add column finished_on date;
alter table supervision_clock add column finished_late boolean;
update supervision_clock set
    department_code = (select a.department_code from approval_case a where a.id = supervision_clock.case_id),
    matter_code = (select a.matter_code from approval_case a where a.id = supervision_clock.case_id),
    matter_name_zh = (select a.matter_name_zh from approval_case a where a.id = supervision_clock.case_id),
    matter_name_en = (select a.matter_name_en from approval_case a where a.id = supervision_clock.case_id);
create index supervision_clock_department on supervision_clock (department_code, matter_code);
create index supervision_clock_finished on supervision_clock (finished_on);

-- One accountability record (问责记录) per case whose case clock went red: the unique case id makes it once, whichever
-- node raises the warning.
create table supervision_accountability (
    id               uuid                     primary key,
    case_id          uuid                     not null unique references supervision_clock (case_id) on delete cascade,
    case_number      varchar(40)              not null,
    department_code  varchar(20),
    step             varchar(40),
    officer_id       uuid,
    officer_name     varchar(200),
    due_on           date                     not null,
    status           varchar(10)              not null check (status in ('OPEN', 'ANSWERED', 'FOUND', 'CLOSED')),
    opened_at        timestamp with time zone not null,
    reason           varchar(2000),
    answered_by      uuid,
    answered_at      timestamp with time zone,
    finding          varchar(20)              check (finding in ('JUSTIFIED', 'NOT_JUSTIFIED')),
    action_taken     varchar(2000),
    found_by         uuid,
    found_at         timestamp with time zone,
    closed_by        uuid,
    closed_at        timestamp with time zone,
    version          bigint                   not null
);
create index supervision_accountability_department on supervision_accountability (department_code, status);
