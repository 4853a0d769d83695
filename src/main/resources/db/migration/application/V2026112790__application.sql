-- The applicant's side of an application (R3, R7). Answers are sealed (they hold ID and phone numbers, R12.1);
-- where each pre-filled answer came from is kept beside them (R3.2).
create sequence application_number_seq start with 1;

create table application_application (
	id uuid primary key,
	applicant_id uuid not null,
	applicant_kind varchar(20) not null,
	matter_code varchar(40) not null,
	matter_version int not null,
	started_version int not null,
	matter_name_zh varchar(200) not null,
	matter_name_en varchar(200),
	department_code varchar(20) not null,
	status varchar(20) not null,
	answers_sealed varchar(200000) not null,
	answer_sources varchar(20000) not null,
	number varchar(20),
	query_code_sealed varchar(200),
	received_at timestamp with time zone,
	clock_starts_on date,
	acceptance_due_on date,
	withdrawn_at timestamp with time zone,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	revision int not null,
	constraint application_number_unique unique (number)
);

create index application_by_applicant on application_application (applicant_id, updated_at);

create table application_material (
	application_id uuid not null references application_application (id) on delete cascade,
	attachment_id uuid not null,
	material_code varchar(20) not null,
	material_name_zh varchar(200) not null,
	material_name_en varchar(200),
	licence_type varchar(60),
	display_name varchar(200) not null,
	attachment_type varchar(10) not null,
	size_bytes bigint not null,
	reused_from varchar(20),
	added_at timestamp with time zone not null,
	primary key (application_id, attachment_id)
);

create index application_material_by_attachment on application_material (attachment_id);

-- A submission's idempotency key (R3.4): a retry with the same key finds the application it submitted.
create table application_submission_key (
	applicant_id uuid not null,
	idempotency_key varchar(100) not null,
	application_id uuid not null,
	created_at timestamp with time zone not null,
	primary key (applicant_id, idempotency_key)
);

-- The timeline the applicant follows (R7.1): every step, who handles it, when it started, its deadline.
create table application_timeline (
	application_id uuid not null references application_application (id) on delete cascade,
	seq int not null,
	step varchar(40) not null,
	department_code varchar(20),
	started_at timestamp with time zone not null,
	due_on date,
	finished_at timestamp with time zone,
	primary key (application_id, seq)
);

-- Messages between the applicant and the department on an application (R4.4), part of its history.
create table application_message (
	application_id uuid not null references application_application (id) on delete cascade,
	seq int not null,
	sender varchar(20) not null,
	department_code varchar(20),
	body varchar(2000) not null,
	sent_at timestamp with time zone not null,
	primary key (application_id, seq)
);
