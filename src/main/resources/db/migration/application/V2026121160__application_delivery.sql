-- How the applicant wants the result of an application to reach them (R6.4), chosen on the draft: electronically
-- (the default, when there is no row), picked up at the department's hall, or by post to an address the applicant
-- gives, sealed as the answers are (R12.1): the platform holds no verified postal address.
create table application_delivery (
	application_id uuid primary key references application_application (id) on delete cascade,
	method varchar(16) not null,
	address_sealed varchar(2000),
	postcode varchar(6),
	chosen_at timestamp with time zone not null
);
