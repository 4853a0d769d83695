-- The delivery of a decided case's result to its applicant (R6.4), as they chose it: its status and dated proof. The
-- pick-up code and the recipient's name are sealed (R12.1): the code is shown to the applicant, so it is not hashed.
create table licence_delivery (
	case_id uuid primary key,
	case_number varchar(32) not null unique,
	applicant_id uuid not null,
	department_code varchar(32) not null,
	method varchar(16) not null,
	status varchar(16) not null,
	pick_up_code_sealed varchar(200),
	wrong_codes int not null default 0,
	carrier varchar(40),
	tracking_number varchar(32),
	posted_at timestamp with time zone,
	posted_by uuid,
	received_on date,
	delivered_at timestamp with time zone,
	delivered_by uuid,
	recipient_sealed varchar(400),
	created_at timestamp with time zone not null
);
create index licence_delivery_department on licence_delivery (department_code, status);
