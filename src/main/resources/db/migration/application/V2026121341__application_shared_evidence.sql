-- The applicant's choice for each material the government holds (R15.10, R16.1): they saw the shared evidence and
-- confirmed it (CONFIRMED), or chose to upload their own (OWN), which is then required like any upload. A confirmed
-- e-licence is attached as a material as well; reference names the licence, or the registry the record came from.
-- Runs unchanged on PostgreSQL and on H2.
create table application_shared_evidence (
	application_id uuid        not null references application_application (id) on delete cascade,
	material_code  varchar(20) not null,
	choice         varchar(16) not null check (choice in ('CONFIRMED', 'OWN')),
	reference      varchar(64),
	chosen_at      timestamp with time zone not null,
	primary key (application_id, material_code)
);
