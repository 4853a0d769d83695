-- The escalation ladder of overdue cases (R8.3, issue 15 item 2). Runs unchanged on PostgreSQL and on H2.
-- A case whose clock stays red goes to the department's head (its approvers), then to the supervision office (the
-- supervisors), each after tongban.supervision.escalation.after-working-days more working days. Each rung is recorded
-- once per case, on whichever node finds it first: the second insert fails on the primary key and counts as done.
-- The scan reads supervision_clock by its indexed due_on.
create table supervision_escalation (
    case_id       uuid                     not null references supervision_clock (case_id) on delete cascade,
    rung          varchar(20)              not null check (rung in ('DEPARTMENT_HEAD', 'SUPERVISION_OFFICE')),
    due_on        date                     not null,
    escalated_on  date                     not null,
    escalated_at  timestamp with time zone not null,
    primary key (case_id, rung)
);
