-- The REST API (issue 16). API tokens: only the SHA-256 of a token is kept (it is shown once, when
-- issued), with its first characters to recognise it by, whose it is, who issued it, when it was
-- last used and whether it is revoked. Idempotency keys: a POST's key with the fingerprint of its
-- request and the first answer, so that a retry returns that answer instead of a second complaint.
create sequence api_token_seq start with 10 increment by 10;
create table api_token (
    id            bigint        not null primary key,
    token_hash    varchar(64)   not null,
    shown_prefix  varchar(12)   not null,
    owner         varchar(60)   not null,
    label         varchar(100)  not null,
    issued_by     varchar(60)   not null,
    issued_at     timestamp     not null,
    last_used_at  timestamp,
    revoked_at    timestamp,
    revoked_by    varchar(60),
    version       bigint        not null default 0
);
create unique index api_token_hash_ix on api_token (token_hash);
create index api_token_owner_ix on api_token (owner);
create sequence api_request_seq start with 10 increment by 10;
create table api_request (
    id            bigint         not null primary key,
    caller        varchar(60)    not null,
    idem_key      varchar(200)   not null,
    request_hash  varchar(64)    not null,
    status        integer        not null,
    location      varchar(500),
    body          varchar(4000)  not null,
    created_at    timestamp      not null
);
create unique index api_request_key_ix on api_request (caller, idem_key);
