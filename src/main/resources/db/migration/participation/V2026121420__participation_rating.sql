-- Satisfaction ratings (好差评, R10.2, R15.8, R16.3): one row per finished case, due 7 days after its end and rated
-- by its applicant or, when that time passed, recorded as 基本满意 by default; with the verification of a bad rating by
-- the supervision office, the department's rectification and reply, the rater's second rating, and the department's
-- appeal.
create table participation_rating (
	id uuid primary key,
	case_id uuid not null,
	number varchar(40) not null,
	applicant_id uuid not null,
	matter_code varchar(40) not null,
	matter_name_zh varchar(200) not null,
	matter_name_en varchar(200),
	department_code varchar(20) not null,
	-- The step the case ended at, that the rating is tied to.
	step varchar(30) not null,
	ended_at timestamp with time zone not null,
	due_at timestamp with time zone not null,
	-- DUE, RATED, DEFAULTED
	state varchar(20) not null,
	satisfaction varchar(30),
	reasons varchar(500),
	rating_comment varchar(1000),
	rated_at timestamp with time zone,
	-- PENDING, JUSTIFIED, NOT_JUSTIFIED, MALICIOUS; null for a rating that is not bad
	verification varchar(20),
	verification_reason varchar(2000),
	verified_by uuid,
	verified_at timestamp with time zone,
	rectification_due date,
	reply varchar(4000),
	replied_by uuid,
	replied_at timestamp with time zone,
	second_satisfaction varchar(30),
	second_comment varchar(1000),
	second_rated_at timestamp with time zone,
	-- PENDING, UPHELD, DISMISSED
	appeal varchar(20),
	appeal_reason varchar(2000),
	appealed_by uuid,
	appealed_at timestamp with time zone,
	appeal_decision varchar(2000),
	appeal_decided_by uuid,
	appeal_decided_at timestamp with time zone,
	constraint participation_rating_case_unique unique (case_id),
	constraint participation_rating_state check (state in ('DUE', 'RATED', 'DEFAULTED'))
);

create index participation_rating_due on participation_rating (state, due_at);
create index participation_rating_by_applicant on participation_rating (applicant_id);

-- The officers who handled the case, at each step (R16.3): the rating is theirs too, and they judge nothing of it.
create table participation_rating_officer (
	rating_id uuid not null references participation_rating (id),
	account_id uuid not null,
	officer_name varchar(200) not null,
	officer_role varchar(30) not null,
	step varchar(30) not null,
	-- The order they first acted in.
	officer_order int not null,
	primary key (rating_id, account_id, step)
);
