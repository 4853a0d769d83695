-- The contact phone of an application once the applicant proved with an SMS code that they can be reached there
-- (R6.2): the notices of the case go there too, as long as the application still gives that number. Sealed, as the
-- answers are (R12.1).
create table application_contact_phone (
	application_id uuid primary key references application_application (id) on delete cascade,
	phone_sealed varchar(200) not null,
	verified_at timestamp with time zone not null
);
