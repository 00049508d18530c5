-- Inbox filters a person saved (kept on the server, so they follow the person to any browser).
create sequence saved_filter_seq start with 10 increment by 10;

create table saved_filter (
    id          bigint       not null primary key,
    owner_login varchar(60)  not null,
    name        varchar(60)  not null,
    list        varchar(20)  not null,
    process_key varchar(255),
    text        varchar(100),
    due         varchar(20),
    priority    varchar(20),
    customer_id bigint,
    is_default  boolean      not null default false,
    version     bigint       not null default 0,
    constraint saved_filter_name_uq unique (owner_login, name)
);
create index saved_filter_owner_ix on saved_filter (owner_login);
