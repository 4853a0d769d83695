-- The second factor of staff (R1.3). The TOTP secret is sealed by FieldCipher like a personal number (R12.1): whoever
-- reads it computes every code. last_used_step is the time step of the last accepted code; only a later one is
-- accepted, so that a code cannot be used twice.
create table identity_staff_totp (
    staff_id                    uuid         primary key references identity_staff (id),
    secret_ciphertext           varchar(200) not null,
    last_used_step              bigint       not null,
    enrolled_at                 timestamp with time zone not null
);

-- The SMS fallback: at most one code per member of staff, kept as a hash, deleted when used; sent_at paces the
-- sending of new codes.
create table identity_staff_sms_code (
    staff_id                    uuid         primary key references identity_staff (id),
    code_hash                   varchar(64)  not null,
    sent_at                     timestamp with time zone not null,
    expires_at                  timestamp with time zone not null
);
