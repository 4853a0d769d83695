-- The sharing catalogue's grants (R9.5) and the log of the exchange API (R9.3, R16.1), issue 19.
-- A grant lets one department's systems read one data element of another department for one purpose until an end
-- date. A department admin of the client department requests it (status REQUESTED); a department admin of the
-- owning department grants or refuses it. Runs unchanged on PostgreSQL and on H2.

create table exchange_grant (
    id                 uuid         primary key,
    -- the department whose systems read
    client_department  varchar(32)  not null,
    -- the department that is the element's source
    owner_department   varchar(32)  not null,
    element_code       varchar(16)  not null,
    -- a short code, e.g. tax-registration; requests to the exchange API name it
    purpose            varchar(40)  not null,
    purpose_text       varchar(200) not null,
    status             varchar(16)  not null check (status in ('REQUESTED', 'GRANTED', 'REFUSED', 'WITHDRAWN')),
    -- the last day the grant holds (inclusive); set when granted
    valid_until        date,
    requested_by       uuid         not null,
    requested_at       timestamp    not null,
    decided_by         uuid,
    decided_at         timestamp,
    decision_reason    varchar(500),
    check (client_department <> owner_department),
    check (status <> 'GRANTED' or (valid_until is not null and decided_by is not null))
);
create index exchange_grant_client on exchange_grant (client_department, element_code, purpose);
create index exchange_grant_owner on exchange_grant (owner_department, status);

-- A request of the exchange API is logged like any registry read, with the client, the elements it asked for, the
-- digests of request and answer (SHA-256, hex), how long the answer took, and how it ended.
alter table exchange_access_log add column client_id varchar(100);
alter table exchange_access_log add column department_code varchar(32);
alter table exchange_access_log add column elements varchar(1000);
alter table exchange_access_log add column request_digest varchar(64);
alter table exchange_access_log add column answer_digest varchar(64);
alter table exchange_access_log add column latency_ms integer;
-- ANSWERED or REFUSED for an exchange request; null for the platform's own reads
alter table exchange_access_log add column outcome varchar(16);
