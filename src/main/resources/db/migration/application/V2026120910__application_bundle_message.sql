-- The lead department's messages on a whole bundle (牵头部门, R5.2), next to each member's own messages.
create table application_bundle_message (
	bundle_id uuid not null references application_bundle (id),
	seq int not null,
	department_code varchar(20) not null,
	body varchar(2000) not null,
	sent_at timestamp with time zone not null,
	primary key (bundle_id, seq)
);
