-- The rating of a visit to the integrated window (好差评, R15.8): once per receipt handed over, by whoever holds it (the
-- query code proves it), tied to the window clerk who registered the application. Kept apart from participation_rating,
-- whose loop (verification, rectification, reply to the rater) needs a rater with an account.
create table participation_rating_visit (
	number varchar(40) primary key,
	clerk_id uuid not null,
	satisfaction varchar(30) not null,
	reasons varchar(500),
	rating_comment varchar(1000),
	rated_at timestamp with time zone not null
);

create index participation_rating_visit_clerk on participation_rating_visit (clerk_id, rated_at);
