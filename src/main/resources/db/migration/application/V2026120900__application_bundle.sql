-- A bundle (一件事, R2.5) applied for as one application: one number and query code for the whole; each member
-- matter is an application of its own (its own number and case) that waits for its stage (R5.2).
create table application_bundle (
	id uuid primary key,
	applicant_id uuid not null,
	applicant_kind varchar(20) not null,
	bundle_code varchar(40) not null,
	bundle_name_zh varchar(200) not null,
	bundle_name_en varchar(200),
	lead_department_code varchar(20) not null,
	status varchar(20) not null,
	number varchar(20),
	query_code_sealed varchar(200),
	received_at timestamp with time zone,
	clock_starts_on date,
	finished_at timestamp with time zone,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	revision int not null,
	constraint application_bundle_number_unique unique (number)
);

create index application_bundle_by_applicant on application_bundle (applicant_id, updated_at);

alter table application_application add column bundle_id uuid references application_bundle (id);
alter table application_application add column bundle_stage int;
-- The number of the member of an earlier stage that was not granted, when this member was stopped.
alter table application_application add column stopped_because varchar(20);

create index application_by_bundle on application_application (bundle_id);
