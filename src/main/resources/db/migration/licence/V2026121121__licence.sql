-- Electronic licences (issue 18; R6.3, R15.5): one per granted case of a matter version that yields one. The id is
-- the public, non-guessable one that /verify takes. The holder's number (credit code, or a natural person's resident
-- ID number) is sealed with the field cipher (R12.1); the printed answers are a JSON list of labels and values. The
-- signed PDF is an attachment, its SHA-256 kept to recognise it when uploaded at /verify. Revoked with its date and
-- reasons when the grant is. Runs unchanged on PostgreSQL and on H2.
create table licence_licence (
	id varchar(40) primary key,
	case_id uuid not null unique,
	case_number varchar(40) not null,
	matter_code varchar(64) not null,
	matter_version integer not null,
	licence_type varchar(64) not null,
	name_zh varchar(200) not null,
	name_en varchar(200),
	holder_id uuid not null,
	holder_is_person boolean not null,
	holder_name varchar(200) not null,
	holder_number text not null,
	department_code varchar(20) not null,
	valid_from date not null,
	valid_until date,
	printed text not null,
	attachment_id uuid not null,
	pdf_sha256 varchar(64) not null,
	issued_at timestamp with time zone not null,
	revoked_on date,
	revocation_reasons varchar(1000)
);
create index licence_licence_holder on licence_licence (holder_id);
