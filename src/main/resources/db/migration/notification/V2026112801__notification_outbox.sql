-- Notices of the steps of a case (R6.2): one row per channel and notice, written in the transaction of the step
-- that causes it and delivered after it commits, with retries, so that a failing gateway neither loses nor blocks
-- a notice. Runs unchanged on PostgreSQL and on H2.

create table notification_outbox (
    id               uuid         primary key,
    account_id       uuid         not null,
    channel          varchar(8)   not null check (channel in ('IN_APP', 'SMS', 'EMAIL')),
    -- The kind of notice (CaseNotice.Kind), which the administrator may see, unlike the texts.
    kind             varchar(32)  not null,
    -- The mobile number or e-mail address, sealed (R12.1); null for an in-app message. The masked form is what the
    -- administrator sees.
    address          varchar(400),
    address_masked   varchar(260),
    -- Sealed (R12.1): the texts are the citizen's business, not the administrator's. Subject for e-mails only.
    subject          varchar(1000),
    body             varchar      not null,
    -- The page of the application, relative to the platform's base address.
    link             varchar(200),
    status           varchar(8)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamp with time zone,
    -- A deliverer that claimed the row: its token, and until when the claim holds (after that another may take
    -- it, e.g. when the node died while sending).
    claim_token      uuid,
    claimed_until    timestamp with time zone,
    last_error       varchar(500),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    -- In-app messages: when the applicant saw it.
    read_at          timestamp with time zone,
    check ((channel = 'IN_APP') = (address is null))
);
create index notification_outbox_due on notification_outbox (status, next_attempt_at);
create index notification_outbox_account on notification_outbox (account_id, channel, created_at);

-- The e-mail address an account is notified at, given by its holder on /my/notifications; sealed (R12.1).
create table notification_contact (
    account_id  uuid         primary key,
    email       varchar(400) not null,
    updated_at  timestamp with time zone not null
);
