-- The challenges of certificate log-in (R1.3), in the database so that any node redeems a challenge another issued,
-- and once only: used_at is set by one conditional UPDATE. A row is kept until after its expiry, so that a reuse is
-- told apart from a nonce never issued, and deleted by later issues.
create table identity_certificate_challenge (
    nonce                       varchar(43)  primary key,
    issued_at                   timestamp with time zone not null,
    expires_at                  timestamp with time zone not null,
    used_at                     timestamp with time zone
);
create index identity_certificate_challenge_expiry on identity_certificate_challenge (expires_at);
