-- The bundles under way on the approval side (R5.2): one row per submitted bundle, with the process instance that
-- runs its stages, so that a redelivered submission starts it once and the lead department (牵头部门) finds its
-- bundles. The members are the applicant's side's (application_application.bundle_id), their cases approval_case.
create table approval_bundle (
	id uuid primary key,
	number varchar(20) not null,
	bundle_code varchar(40) not null,
	lead_department_code varchar(20) not null,
	applicant_id uuid not null,
	process_instance_id varchar(64),
	received_at timestamp with time zone not null,
	-- FINISHED (every stage ran), STOPPED (a member of an earlier stage was not granted) or WITHDRAWN.
	outcome varchar(20),
	ended_at timestamp with time zone,
	constraint approval_bundle_number_unique unique (number)
);

create index approval_bundle_by_lead on approval_bundle (lead_department_code, received_at);
