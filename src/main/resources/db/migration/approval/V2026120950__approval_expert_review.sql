-- Expert review (专家评审, R5.3, 行政许可法 art. 45). The fields (专业领域) of each expert of the pool: the catalogue's
-- themes, so that a reviewer is offered the experts whose field is a theme of the case's matter.
create table approval_expert_field (
	expert_id uuid not null,
	theme_code varchar(32) not null,
	primary key (expert_id, theme_code)
);

-- One expert review of a case: a special period of the kind EXPERT_REVIEW, from its start to the last opinion or
-- to the reviewer's early end.
create table approval_expert_review (
	id uuid primary key,
	case_id uuid not null references approval_case (id),
	step varchar(30) not null,
	question varchar(2000) not null,
	started_by uuid not null,
	started_at timestamp with time zone not null,
	ended_at timestamp with time zone
);

create index approval_expert_review_by_case on approval_expert_review (case_id, started_at);

-- The materials of the application the reviewer shares with the experts of a review.
create table approval_expert_material (
	review_id uuid not null references approval_expert_review (id),
	attachment_id uuid not null,
	primary key (review_id, attachment_id)
);

-- One expert assigned in a review, with the day their opinion is due, and the opinion once given.
create table approval_expert_assignment (
	id uuid primary key,
	review_id uuid not null references approval_expert_review (id),
	expert_id uuid not null,
	expert_name varchar(200) not null,
	due_on date not null,
	answered_at timestamp with time zone,
	outcome varchar(30),
	opinion varchar(2000),
	attachment_id uuid,
	attachment_name varchar(200),
	constraint approval_expert_assignment_once unique (review_id, expert_id)
);

create index approval_expert_assignment_by_expert on approval_expert_assignment (expert_id);
