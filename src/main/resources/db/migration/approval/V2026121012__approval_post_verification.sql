-- Post-verification (事后核查) of a grant on informed commitment (R5.5, R15.7): the department's reviewers check within
-- the matter's working days that the commitment was true; its clock (keyed by the task's id) shows the due day and the
-- warnings. The outcome is CONFIRMED, or FALSE_COMMITMENT, which revokes the decision with reasons and legal basis.
create table approval_post_verification (
	id uuid primary key,
	case_id uuid not null unique,
	case_number varchar(40) not null,
	department_code varchar(20) not null,
	applicant_id uuid not null,
	granted_on date not null,
	verification_days integer not null,
	outcome varchar(20) check (outcome in ('CONFIRMED', 'FALSE_COMMITMENT')),
	reasons varchar(500),
	legal_basis varchar(500),
	decided_by uuid,
	decided_at timestamp with time zone
);
create index approval_post_verification_open on approval_post_verification (department_code, outcome);
