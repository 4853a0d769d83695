-- The explanation of the automatic approval check of an application (秒批, R5.6, R16.2): each rule of the version with
-- its source, when the source answered, the value read (personal values masked) and the verdict, as one JSON document
-- written once, when the case opened; the applicant and the reviewer read it as it was. Runs unchanged on PostgreSQL
-- and on H2.
create table application_rule_check (
	application_id uuid primary key references application_application (id) on delete cascade,
	checked_at timestamp with time zone not null,
	all_hold boolean not null,
	outcomes text not null
);
