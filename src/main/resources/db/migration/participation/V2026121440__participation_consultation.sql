-- Consultation (R10.3): questions on a matter's guide, answered by its department within a
-- deadline in working days; answers that help many are published, edited and naming nobody,
-- as the FAQ of the matter's code (every version of it). The asker's contact and the query
-- code are sealed (R12.1).
create sequence participation_question_seq start with 1;

create table participation_question (
	id uuid primary key,
	number varchar(20) not null,
	query_code_sealed varchar(200) not null,
	matter_code varchar(40) not null,
	department_code varchar(20) not null,
	question varchar(2000) not null,
	asker_id uuid,
	contact_sealed varchar(600),
	locale varchar(16) not null,
	asked_at timestamp with time zone not null,
	due_on date not null,
	answer varchar(4000),
	answered_by uuid,
	answered_at timestamp with time zone,
	helpful int not null default 0,
	constraint participation_question_number unique (number),
	constraint participation_question_asker check (asker_id is not null or contact_sealed is not null),
	constraint participation_question_answered check ((answer is null and answered_by is null and answered_at is null)
		or (answer is not null and answered_by is not null and answered_at is not null))
);

create index participation_question_queue on participation_question (department_code, answered_at, due_on);
create index participation_question_by_asker on participation_question (asker_id, asked_at);

create table participation_faq (
	id uuid primary key,
	matter_code varchar(40) not null,
	question_id uuid not null references participation_question (id),
	question varchar(2000) not null,
	answer varchar(4000) not null,
	position int not null,
	helpful int not null default 0,
	published_by uuid not null,
	published_at timestamp with time zone not null,
	withdrawn_at timestamp with time zone,
	constraint participation_faq_question unique (question_id)
);

create index participation_faq_by_matter on participation_faq (matter_code, withdrawn_at, position);
