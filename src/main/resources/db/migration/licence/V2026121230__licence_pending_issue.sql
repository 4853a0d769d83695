-- Licences issued by hand (issue 18; R6.3, R15.5): a grant of a matter version whose licence its department issues
-- by hand waits here, with the day it is due (10 working days after the grant, on a clock of the supervision), until
-- the department's deciding staff issue it, or its grant is revoked first and it is dropped. Runs unchanged on
-- PostgreSQL and on H2.
create table licence_pending_issue (
	case_id uuid primary key,
	case_number varchar(40) not null,
	department_code varchar(20) not null,
	granted_at timestamp with time zone not null,
	due_on date,
	status varchar(16) not null check (status in ('PENDING', 'ISSUED', 'DROPPED')),
	done_at timestamp with time zone,
	done_by uuid
);
create index licence_pending_issue_department on licence_pending_issue (department_code, status);
