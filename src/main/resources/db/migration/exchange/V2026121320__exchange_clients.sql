-- The department systems that call the data-exchange API (R9.3), issue 19. Each is an OAuth 2.0 client of the
-- platform's authorization server (client-credentials grant): Spring Authorization Server keeps the client in its
-- standard table oauth2_registered_client (the secret hashed), and exchange_client says which department the
-- client belongs to and whether it is enabled. Runs unchanged on PostgreSQL and on H2.

-- The standard schema of Spring Authorization Server, its instants with their time zone as its notes ask for
-- PostgreSQL.
create table oauth2_registered_client (
    id                             varchar(100)  not null primary key,
    client_id                      varchar(100)  not null,
    client_id_issued_at            timestamp with time zone default current_timestamp not null,
    client_secret                  varchar(200)  default null,
    client_secret_expires_at       timestamp with time zone default null,
    client_name                    varchar(200)  not null,
    client_authentication_methods  varchar(1000) not null,
    authorization_grant_types      varchar(1000) not null,
    redirect_uris                  varchar(1000) default null,
    post_logout_redirect_uris      varchar(1000) default null,
    scopes                         varchar(1000) not null,
    client_settings                varchar(2000) not null,
    token_settings                 varchar(2000) not null
);
create unique index oauth2_registered_client_client_id on oauth2_registered_client (client_id);

create table exchange_client (
    client_id        varchar(100) primary key,
    department_code  varchar(32)  not null,
    name             varchar(200) not null,
    -- a secret (CLIENT_SECRET_BASIC) or mutual TLS (TLS_CLIENT_AUTH, RFC 8705) with the certificate's subject
    authentication   varchar(32)  not null check (authentication in ('CLIENT_SECRET_BASIC', 'TLS_CLIENT_AUTH')),
    certificate_subject varchar(500),
    enabled          boolean      not null,
    registered_by    uuid         not null,
    -- UTC
    registered_at    timestamp    not null,
    disabled_by      uuid,
    disabled_at      timestamp
);
create index exchange_client_department on exchange_client (department_code);

-- The key that signs the access tokens, shared by every node: the first node to start creates it, the others read
-- it. The private key is sealed by the platform's field cipher (R12.1).
create table exchange_signing_key (
    key_id              varchar(64)   primary key,
    private_key_sealed  varchar(8000) not null,
    public_key          varchar(4000) not null,
    -- UTC
    created_at          timestamp     not null
);
