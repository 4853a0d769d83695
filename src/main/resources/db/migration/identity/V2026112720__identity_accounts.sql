-- Accounts, roles and log-in (R1, R12.5). Runs unchanged on PostgreSQL and on H2.
-- Every account has one row in identity_account (its log-in state) and one in the table of its kind. Resident ID
-- numbers and mobile numbers are sealed by FieldCipher (*_ciphertext) and found by their BlindIndex (*_blind_index),
-- never stored in clear (R12.1). Passwords are stored as Argon2id hashes only (R1.4).

create table identity_account (
    id                   uuid         primary key,
    kind                 varchar(16)  not null check (kind in ('NATURAL_PERSON', 'LEGAL_PERSON', 'STAFF')),
    password_hash        varchar(200),
    failed_logins        integer      not null default 0,
    locked_until         timestamp with time zone,
    created_at           timestamp with time zone not null
);

create table identity_person (
    id                          uuid         primary key references identity_account (id),
    name                        varchar(100) not null,
    resident_id_ciphertext      varchar(200) not null,
    resident_id_blind_index     varchar(100) not null unique,
    mobile_ciphertext           varchar(200) not null,
    mobile_blind_index          varchar(100) not null unique,
    version                     bigint       not null
);

create table identity_enterprise (
    id                          uuid         primary key references identity_account (id),
    name                        varchar(200) not null,
    credit_code                 varchar(18)  not null unique,
    legal_representative        varchar(100) not null,
    version                     bigint       not null
);

-- The natural persons who act for an enterprise (its agents, 经办人).
create table identity_enterprise_agent (
    enterprise_id               uuid         not null references identity_enterprise (id),
    person_id                   uuid         not null references identity_person (id),
    primary key (enterprise_id, person_id)
);
create index identity_enterprise_agent_person on identity_enterprise_agent (person_id);

-- Department codes are those of the catalogue (catalog_department); the module checks them through the catalogue's
-- API rather than by a foreign key into another module's table.
create table identity_staff (
    id                          uuid         primary key references identity_account (id),
    account_name                varchar(64)  not null unique,
    name                        varchar(100) not null,
    department_code             varchar(32)  not null,
    mobile_ciphertext           varchar(200) not null,
    mobile_blind_index          varchar(100) not null,
    version                     bigint       not null
);
create index identity_staff_department on identity_staff (department_code);

create table identity_staff_role (
    staff_id                    uuid         not null references identity_staff (id),
    role                        varchar(32)  not null,
    department_code             varchar(32)  not null,
    primary key (staff_id, role, department_code)
);

-- Bearer tokens of the API: only the SHA-256 of a token is kept, so a copy of the table opens no account. A token
-- ends at its expiry or when revoked (log-out, log-out everywhere), on every node at once.
create table identity_api_token (
    token_hash                  varchar(64)  primary key,
    account_id                  uuid         not null references identity_account (id),
    issued_at                   timestamp with time zone not null,
    expires_at                  timestamp with time zone not null,
    revoked_at                  timestamp with time zone
);
create index identity_api_token_account on identity_api_token (account_id);
