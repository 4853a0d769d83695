-- SMS codes gain a purpose: signing an informed commitment (R5.5). Runs unchanged on PostgreSQL and on H2: the
-- purpose's check has a name each database chose, so the table is made anew with the wider check, and the live codes
-- are copied over. The check gets a new name, as the old table still holds its own until it is dropped.
create table identity_sms_code_next (
    phone_index                 varchar(100) not null,
    purpose                     varchar(16)  not null
        constraint identity_sms_code_purpose_kind check (purpose in ('LOGIN', 'REGISTRATION', 'CONTACT_PHONE', 'COMMITMENT')),
    code_hash                   varchar(100) not null,
    expires_at                  timestamp with time zone not null,
    attempts                    integer      not null default 0,
    primary key (phone_index, purpose)
);
insert into identity_sms_code_next (phone_index, purpose, code_hash, expires_at, attempts)
    select phone_index, purpose, code_hash, expires_at, attempts from identity_sms_code;
drop table identity_sms_code;
alter table identity_sms_code_next rename to identity_sms_code;
