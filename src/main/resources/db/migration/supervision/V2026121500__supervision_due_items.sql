-- Warnings and escalation of what other modules owe by a due day (R8.3, R10.1, R15.8, issue 20): the answers to
-- complaints, suggestions and reports, and the rectifications of justified bad ratings. Runs unchanged on PostgreSQL
-- and on H2. The items are the participation side's (supervision.DueItems); supervision keeps only what it raised,
-- once per item, due day and level or rung, whichever node finds it first: the second insert fails on the primary key
-- and counts as done. The due day is part of the key, so that a reopened complaint, with a new due day, is watched
-- anew.
create table supervision_due_warning (
    kind             varchar(20)              not null check (kind in ('FEEDBACK', 'RECTIFICATION')),
    reference        varchar(40)              not null,
    due_on           date                     not null,
    level            varchar(10)              not null check (level in ('YELLOW', 'RED')),
    department_code  varchar(20)              not null,
    raised_at        timestamp with time zone not null,
    primary key (kind, reference, due_on, level)
);
create index supervision_due_warning_reference on supervision_due_warning (reference);

create table supervision_due_escalation (
    kind             varchar(20)              not null check (kind in ('FEEDBACK', 'RECTIFICATION')),
    reference        varchar(40)              not null,
    due_on           date                     not null,
    rung             varchar(20)              not null check (rung in ('DEPARTMENT_HEAD', 'SUPERVISION_OFFICE')),
    department_code  varchar(20)              not null,
    escalated_on     date                     not null,
    escalated_at     timestamp with time zone not null,
    primary key (kind, reference, due_on, rung)
);
create index supervision_due_escalation_reference on supervision_due_escalation (reference);
