-- One-click decisions from a mail (issue 16): a mail's decision button carries a random token; only
-- its SHA-256 is kept here, so neither the database nor a tampered link yields a usable one. A link
-- is bound to one task, one person and one decision, works once (used_at) and runs out (expires_at).
create sequence decision_link_seq start with 10 increment by 10;
create table decision_link (
    id          bigint       not null primary key,
    token_hash  varchar(64)  not null,
    recipient   varchar(60)  not null,
    task_id     varchar(64)  not null,
    decision    varchar(30)  not null,
    created_at  timestamp    not null,
    expires_at  timestamp    not null,
    used_at     timestamp,
    version     bigint       not null default 0
);
create unique index decision_link_token_ix on decision_link (token_hash);
create index decision_link_expiry_ix on decision_link (expires_at);
