-- Deadline warnings (R8.3, issue 15 item 1). Runs unchanged on PostgreSQL and on H2.
-- The due day of each running case clock and of each open step clock is kept on its row, so that the warning scan is
-- one indexed query. It is null while the clock is paused (the due day of a paused clock moves with every working
-- day of the pause: it is not meaningful), stopped, finished, or not dated (its year's calendar is not loaded).
-- Existing rows are dated when the platform starts (supervision.clock.JdbcCaseClocks dates every running clock whose
-- due day is null), since counting working days needs the calendar.
alter table supervision_clock add column due_on date;
create index supervision_clock_due on supervision_clock (due_on);
alter table supervision_clock_step add column due_on date;
create index supervision_clock_step_due on supervision_clock_step (due_on);

-- A warning raised: once per clock (the case clock is step_seq_no -1, a step clock its seq_no), per level, whichever
-- node finds it first; the second insert fails on the primary key and counts as already raised.
create table supervision_warning (
    case_id      uuid                     not null references supervision_clock (case_id) on delete cascade,
    step_seq_no  integer                  not null,
    level        varchar(10)              not null check (level in ('YELLOW', 'RED')),
    step         varchar(40),
    due_on       date                     not null,
    raised_at    timestamp with time zone not null,
    primary key (case_id, step_seq_no, level)
);
