-- The publicity of decisions (双公示, R6.1, R15.9): each grant, and each revocation of one, as the public reads it on
-- /publicity, without personal data: a natural person's name is kept masked, never in full, and no ID number. An entry
-- is listed until its publicity period ends and kept after. due_on is the 7th working day after the decision, by
-- which it must be published; null while the calendar of its year is not loaded.
create table approval_publicity (
	id uuid primary key,
	kind varchar(12) not null check (kind in ('GRANT', 'REVOCATION')),
	case_id uuid not null,
	case_number varchar(40) not null,
	matter_code varchar(40) not null,
	matter_name_zh varchar(200) not null,
	matter_name_en varchar(200),
	department_code varchar(20) not null,
	department_name_zh varchar(200) not null,
	department_name_en varchar(200),
	decision_number varchar(120) not null,
	decided_on date not null,
	holder_kind varchar(12) not null check (holder_kind in ('ENTERPRISE', 'PERSON')),
	holder_name varchar(200) not null,
	valid_from date,
	valid_until date,
	legal_basis varchar(500),
	revoked_on date,
	due_on date,
	published_on date not null,
	published_at timestamp with time zone not null,
	listed_until date not null,
	constraint approval_publicity_once unique (case_id, kind)
);

create index approval_publicity_listed on approval_publicity (listed_until, published_on);

-- The scan for grants whose publication failed reads the cases ended in the publicity period.
create index approval_case_by_end on approval_case (ended_at);
