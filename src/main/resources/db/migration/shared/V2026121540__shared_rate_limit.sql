-- The minute of each key of each per-minute limit (R12.4), in the database that all nodes share, so that a client
-- address makes its so many requests a minute on the whole platform, not on each node. One row a key, counted by an
-- update of the row (org.tongban.shared.web.RateLimits); the rows of ended minutes are deleted on a schedule.
create table shared_rate_limit (
	scope varchar(64) not null,
	limit_name varchar(64) not null,
	limit_key varchar(200) not null,
	window_start timestamp with time zone not null,
	used integer not null,
	primary key (scope, limit_name, limit_key)
);

create index shared_rate_limit_start on shared_rate_limit (window_start);
