-- Customers kept in the portal (issue 15): a prospect is a caller customer service registered at a
-- complaint's intake who is not a customer yet (no account manager until sales assigns one); new
-- customers get codes from their own sequence, after the demo's C0001…
alter table customer add column prospect boolean not null default false;
create sequence customer_code_seq start with 1001 increment by 1;

-- Who managed an account when: every change of account manager, from the day it counts.
create sequence account_manager_change_seq start with 10 increment by 10;
create table account_manager_change (
    id          bigint      not null primary key,
    customer_id bigint      not null references customer (id),
    from_login  varchar(60),
    to_login    varchar(60),
    changed_by  varchar(60) not null,
    changed_at  timestamp   not null
);
create index account_manager_change_customer_ix on account_manager_change (customer_id, changed_at);
