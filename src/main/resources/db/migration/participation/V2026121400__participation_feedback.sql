-- Complaints, suggestions and reports (投诉、建议、举报, R10.1, issue 20 item 1). Runs unchanged on PostgreSQL and on H2.
-- The filer's contact and the query code are sealed by the field cipher (shared.crypto), as every personal datum is;
-- the tracking number is FK, the day of filing and a serial of the sequence below.
create sequence participation_feedback_seq;

create table participation_feedback (
    id                    uuid                     primary key,
    number                varchar(20)              not null unique,
    query_code_sealed     varchar(200)             not null,
    kind                  varchar(12)              not null check (kind in ('COMPLAINT', 'SUGGESTION', 'REPORT')),
    subject               varchar(12)              not null check (subject in ('MATTER', 'DEPARTMENT', 'CASE')),
    matter_code           varchar(40),
    case_number           varchar(40),
    case_id               uuid,
    department_code       varchar(20)              not null,
    text                  varchar(4000)            not null,
    channel               varchar(10)              not null check (channel in ('WEB', 'OPEN311')),
    filer_account_id      uuid,
    contact_name_sealed   varchar(1000),
    contact_mobile_sealed varchar(200),
    contact_email_sealed  varchar(1000),
    filed_at              timestamp with time zone not null,
    due_on                date                     not null,
    status                varchar(10)              not null check (status in ('OPEN', 'ANSWERED', 'REOPENED', 'CLOSED')),
    answer                varchar(4000),
    answered_by           uuid,
    answered_at           timestamp with time zone,
    resolved              boolean,
    verdict_at            timestamp with time zone,
    version               bigint                   not null
);
create index participation_feedback_department on participation_feedback (department_code, status);
create index participation_feedback_filer on participation_feedback (filer_account_id);
create index participation_feedback_due on participation_feedback (status, due_on);
create index participation_feedback_filed on participation_feedback (filed_at);
