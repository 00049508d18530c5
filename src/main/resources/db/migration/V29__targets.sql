-- Issue 20: targets set top-down. The sales director sets the year's company targets and splits
-- the additive ones into the sales managers' shares; each manager splits their share into their
-- team members' quarters. A row per (year, measure, holder, quarter): holder '*' = the company,
-- quarter 0 = the whole year. breakdown_reason says why the parts below this target leave more
-- than the tolerance unassigned. Every change is kept in target_change with who, when and why.
-- ('*' is no login), so that a plain unique constraint holds on H2 and PostgreSQL alike.
create sequence target_seq start with 10 increment by 10;
create sequence target_change_seq start with 10 increment by 10;

create table sales_target (
    id               bigint        not null primary key,
    target_year      integer       not null check (target_year between 2000 and 2100),
    measure          varchar(30)   not null check (measure in ('SALES_AMOUNT', 'NEW_CUSTOMERS', 'VISITS',
                                                               'KEY_ACCOUNT_RETENTION', 'CUSTOMER_SATISFACTION')),
    holder           varchar(60)   not null,
    target_quarter   integer       not null check (target_quarter between 0 and 4),
    amount           numeric(16,2) not null check (amount >= 0),
    breakdown_reason varchar(1000),
    set_by           varchar(60)   not null,
    set_at           timestamp     not null,
    version          bigint        not null default 0,
    constraint sales_target_slot_uq unique (target_year, measure, holder, target_quarter)
);
create index sales_target_holder_ix on sales_target (holder, target_year);

create table target_change (
    id             bigint        not null primary key,
    target_year    integer       not null,
    measure        varchar(30)   not null,
    holder         varchar(60)   not null,
    target_quarter integer       not null,
    amount_before  numeric(16,2),
    amount_after   numeric(16,2),
    changed_by     varchar(60)   not null,
    changed_at     timestamp     not null,
    reason         varchar(1000)
);
create index target_change_year_ix on target_change (target_year, changed_at);
