-- The gaps of an acceptance with gaps (容缺受理, R4.3, R15.6): the materials that may follow which the clerk accepted
-- without, each with the day it is to be supplied by, when the applicant supplied it, and when the platform found it
-- not supplied in time (once, whichever node finds it first).
create table application_gap (
	application_id uuid not null references application_application (id) on delete cascade,
	material_code varchar(60) not null,
	supply_by date not null,
	accepted_at timestamp with time zone not null,
	supplied_at timestamp with time zone,
	overdue_at timestamp with time zone,
	primary key (application_id, material_code)
);

create index application_gap_open on application_gap (supply_by);
