-- Applicants the integrated window registered an application for before they had an account (R4.5, R13.4): the
-- identity the base registries verified, under the id their account is opened with when they register with that
-- identity, so that the application is theirs from the start and shows in /my once they log in. The resident ID
-- number is sealed and found by its blind index like an account's (R12.1); the row goes when the account opens.
create table identity_walk_in_applicant (
    id                          uuid         primary key,
    kind                        varchar(16)  not null check (kind in ('NATURAL_PERSON', 'LEGAL_PERSON')),
    name                        varchar(200) not null,
    resident_id_ciphertext      varchar(200),
    resident_id_blind_index     varchar(100) unique,
    credit_code                 varchar(18)  unique,
    legal_representative        varchar(100),
    registered_at               timestamp with time zone not null,
    check ((kind = 'NATURAL_PERSON' and resident_id_blind_index is not null and credit_code is null)
        or (kind = 'LEGAL_PERSON' and credit_code is not null and resident_id_blind_index is null))
);
