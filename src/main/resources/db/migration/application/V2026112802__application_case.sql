-- A case as the department works on it, on the applicant's side (R4.1, R4.2, R7): the correction notices with every
-- item to fix at once, and the documents (notices, decision) the applicant is given.
create table application_correction (
	id uuid primary key,
	application_id uuid not null references application_application (id) on delete cascade,
	step varchar(40) not null,
	department_code varchar(20) not null,
	note varchar(2000) not null,
	requested_at timestamp with time zone not null,
	-- The status the application returns to when the applicant resubmits (SUBMITTED or ACCEPTED).
	return_status varchar(20) not null,
	-- When the applicant resubmitted, or the case ended meanwhile; null while the notice is open.
	closed_at timestamp with time zone
);

create index application_correction_by_application on application_correction (application_id, requested_at);

create table application_correction_item (
	correction_id uuid not null references application_correction (id) on delete cascade,
	seq int not null,
	item_kind varchar(20) not null,
	item_code varchar(60) not null,
	problem varchar(2000) not null,
	primary key (correction_id, seq)
);

create table application_document (
	application_id uuid not null references application_application (id) on delete cascade,
	attachment_id uuid not null,
	document_kind varchar(40) not null,
	file_name varchar(200) not null,
	issued_at timestamp with time zone not null,
	primary key (application_id, attachment_id)
);
