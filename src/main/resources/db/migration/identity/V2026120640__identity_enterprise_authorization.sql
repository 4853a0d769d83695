-- Enterprise accounts are opened only with proof (R1.6). The agent who opened the account (or the legal
-- representative) is its admin agent; only the legal representative or an admin agent adds further agents.
alter table identity_enterprise_agent add column admin boolean default false not null;
update identity_enterprise_agent set admin = true;

-- Authorizations (授权委托) that a legal representative, or an admin agent, grants to a natural person from their own
-- verified account: to open the enterprise's account and act for it (REGISTER), or to act for it once it is open
-- (AGENT); valid through valid_until, revocable. The enterprise's name is the registry's at the grant.
create table identity_enterprise_authorization (
    id                          uuid         primary key,
    credit_code                 varchar(18)  not null,
    enterprise_name             varchar(200) not null,
    grantor_id                  uuid         not null references identity_person (id),
    agent_id                    uuid         not null references identity_person (id),
    scope                       varchar(20)  not null,
    valid_until                 date         not null,
    granted_at                  timestamp with time zone not null,
    revoked_at                  timestamp with time zone,
    version                     bigint       not null
);
create index identity_enterprise_authorization_agent on identity_enterprise_authorization (agent_id, credit_code);
create index identity_enterprise_authorization_grantor on identity_enterprise_authorization (grantor_id);
