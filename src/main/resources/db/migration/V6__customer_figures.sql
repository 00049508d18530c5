-- Customers and key accounts (issue 6): sales against target per quarter, every tier change
-- with who, when and why, and the customer's contact people.
create sequence sales_figure_seq start with 10 increment by 10;
create sequence tier_change_seq start with 10 increment by 10;
create sequence customer_contact_seq start with 10 increment by 10;

create table sales_figure (
    id             bigint        not null primary key,
    customer_id    bigint        not null references customer (id),
    fiscal_year    integer       not null,
    fiscal_quarter integer       not null check (fiscal_quarter between 1 and 4),
    target         numeric(14,2) check (target >= 0),
    actual         numeric(14,2) check (actual >= 0),
    source         varchar(10)   not null check (source in ('PORTAL', 'IMPORT')),
    updated_by     varchar(60)   not null,
    updated_at     timestamp     not null,
    version        bigint        not null default 0,
    constraint sales_figure_uq unique (customer_id, fiscal_year, fiscal_quarter)
);

create table tier_change (
    id          bigint        not null primary key,
    customer_id bigint        not null references customer (id),
    from_tier   varchar(1)    check (from_tier in ('A', 'B', 'C')),
    to_tier     varchar(1)    not null check (to_tier in ('A', 'B', 'C')),
    changed_by  varchar(60)   not null,
    changed_at  timestamp     not null,
    reason      varchar(1000) not null
);
create index tier_change_customer_ix on tier_change (customer_id, changed_at);

create table customer_contact (
    id             bigint       not null primary key,
    customer_id    bigint       not null references customer (id),
    name           varchar(100) not null,
    title          varchar(100),
    phone          varchar(40),
    email          varchar(120),
    decision_maker boolean      not null default false,
    version        bigint       not null default 0
);
create index customer_contact_customer_ix on customer_contact (customer_id);
