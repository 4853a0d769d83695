-- The renewal of licences (issue 18; R15.5, 行政许可法 art. 50). A reminder is sent once per licence and expiry date:
-- its row claims it, so that two nodes scanning at once send it once; a licence extended by a deemed renewal has a new
-- expiry date and is reminded again before it. A deemed renewal records the licence, the renewal application that was
-- submitted in time and not decided by the end of the licence's last valid day, and the validity before and after;
-- once per licence and expiry date, and once per renewal application. Runs unchanged on PostgreSQL and on H2.
create table licence_renewal_reminder (
	licence_id varchar(40) not null,
	valid_until date not null,
	sent_at timestamp with time zone not null,
	primary key (licence_id, valid_until)
);

create table licence_deemed_renewal (
	licence_id varchar(40) not null,
	old_valid_until date not null,
	new_valid_until date not null,
	renewal_case_id uuid not null unique,
	renewal_case_number varchar(40) not null,
	renewed_at timestamp with time zone not null,
	primary key (licence_id, old_valid_until)
);
