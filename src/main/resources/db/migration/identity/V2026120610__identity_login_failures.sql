-- Failed log-ins per account, factor and client address (R1.4, ASVS 6.3.1), replacing the one counter and hard lock
-- per account, with which anybody could lock anybody out. A row counts the failures of one factor (PASSWORD: a
-- password or an applicant's SMS code; SECOND_FACTOR: a staff member's one-time code) from one client address, kept
-- as its keyed hash (R12.1), or from all addresses together (client '*'); blocked_until is the end of the delay that
-- the failures have earned. A success from an address deletes that address's row and the account-wide row.
create table identity_login_failure (
    account_id                  uuid         not null references identity_account (id),
    factor                      varchar(16)  not null check (factor in ('PASSWORD', 'SECOND_FACTOR')),
    client                      varchar(100) not null,
    failures                    integer      not null,
    blocked_until               timestamp with time zone,
    primary key (account_id, factor, client)
);

alter table identity_account drop column failed_logins;
alter table identity_account drop column locked_until;
