-- Key-account annual reviews (issue 6). A yearly review of an account is started at most once per
-- year: yearly_key ('<customer id>/<year>') is unique, so a second start (a restart, another node)
-- fails instead of making a duplicate. Reviews started by hand or for an account at risk have none.
create sequence account_review_seq start with 10 increment by 10;
create sequence review_number_seq start with 1 increment by 1;

create table account_review (
    id                   bigint        not null primary key,
    number               varchar(20)   not null,
    customer_id          bigint        not null references customer (id),
    review_year          integer       not null,
    trigger_kind         varchar(10)   not null check (trigger_kind in ('YEARLY', 'MANUAL', 'AT_RISK')),
    yearly_key           varchar(40),
    status               varchar(20)   not null,
    account_manager      varchar(60)   not null,
    sales_manager        varchar(60)   not null,
    started_by           varchar(60)   not null,
    started_at           timestamp     not null,
    relationship         varchar(2000),
    competitors          varchar(2000),
    customer_plans       varchar(2000),
    plan_q1              numeric(14,2),
    plan_q2              numeric(14,2),
    plan_q3              numeric(14,2),
    plan_q4              numeric(14,2),
    plan_products        varchar(2000),
    plan_actions         varchar(4000),
    meeting_at           timestamp,
    meeting_place        varchar(200),
    attendees            varchar(2000),
    agenda               varchar(4000),
    feedback             varchar(4000),
    satisfaction         integer check (satisfaction between 1 and 5),
    opportunities        varchar(2000),
    products_introduced  varchar(2000),
    referral_asked       boolean,
    referral_received    boolean,
    agreed_target        numeric(14,2),
    tier_proposal        varchar(10),
    proposed_tier        varchar(1),
    lost_reason          varchar(1000),
    tier_decision        varchar(10),
    plan_active          boolean       not null default false,
    ended_at             timestamp,
    process_instance_id  varchar(64),
    version              bigint        not null default 0,
    constraint account_review_number_uq unique (number),
    constraint account_review_yearly_uq unique (yearly_key)
);
create index account_review_customer_ix on account_review (customer_id, review_year);
create index account_review_manager_ix on account_review (account_manager, status);

-- When the yearly reviews of key accounts start (ADMIN sets it); one row.
create table review_setting (
    id          integer not null primary key,
    start_month integer not null check (start_month between 1 and 12),
    start_day   integer not null check (start_day between 1 and 31),
    version     bigint  not null default 0
);
insert into review_setting (id, start_month, start_day) values (1, 1, 15);
