-- The statistics' read models (R11, R9.6), kept up to date by the events of the cases,
-- in the transaction of each event, so that no dashboard scans the case tables.

-- What the statistics know of each application from its submission: where its later
-- events are counted.
create table statistics_case (
    case_id          uuid primary key,
    case_number      varchar(40) not null,
    received_on      date not null,
    matter_code      varchar(64) not null,
    department_code  varchar(32) not null,
    channel          varchar(16) not null,
    applicant_kind   varchar(16) not null
);
create unique index statistics_case_number on statistics_case (case_number);

-- The applications received as members of a bundle (一件事): their channel is the bundle.
create table statistics_bundle_member (
    application_id   uuid primary key
);

-- The matters' names as their applications gave them.
create table statistics_matter (
    matter_code      varchar(64) primary key,
    name_zh          varchar(400) not null,
    name_en          varchar(400)
);

-- One row a day, matter, department, channel and applicant kind: each count is of what
-- happened that day (received, accepted, ended), in the city's time zone.
create table statistics_daily (
    counted_on         date not null,
    matter_code        varchar(64) not null,
    department_code    varchar(32) not null,
    channel            varchar(16) not null,
    applicant_kind     varchar(16) not null,
    submitted          integer not null default 0,
    accepted           integer not null default 0,
    granted            integer not null default 0,
    denied             integer not null default 0,
    refused            integer not null default 0,
    withdrawn          integer not null default 0,
    automatic          integer not null default 0,
    on_time            integer not null default 0,
    overdue            integer not null default 0,
    working_days       integer not null default 0,
    days_up_to_1       integer not null default 0,
    days_up_to_5       integer not null default 0,
    days_up_to_10      integer not null default 0,
    days_up_to_20      integer not null default 0,
    days_over_20       integer not null default 0,
    visits_required    integer not null default 0,
    visits_made        integer not null default 0,
    materials_reused   integer not null default 0,
    materials_uploaded integer not null default 0,
    ratings            integer not null default 0,
    rated_1            integer not null default 0,
    rated_2            integer not null default 0,
    rated_3            integer not null default 0,
    rated_4            integer not null default 0,
    rated_5            integer not null default 0,
    primary key (counted_on, matter_code, department_code, channel, applicant_kind)
);
create index statistics_daily_department on statistics_daily (department_code, counted_on);
