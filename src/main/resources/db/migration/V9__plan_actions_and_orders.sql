-- Issue 6: an account plan's actions are rows with an owner and a due date (they were one text),
-- and a quarter's sales figures may carry its orders and cancelled orders (from the ERP import),
-- so the review dossier can say how many orders came and how many were cancelled.
create table review_action (
    review_id bigint       not null references account_review (id),
    position  integer      not null,
    what      varchar(500) not null,
    owner     varchar(100) not null,
    due_date  date         not null,
    primary key (review_id, position)
);

-- An earlier plan's text becomes one action of its account manager, due at the end of its year.
insert into review_action (review_id, position, what, owner, due_date)
    select id, 0, substring(plan_actions, 1, 500), account_manager, cast(concat(review_year, '-12-31') as date)
    from account_review where plan_actions is not null;

alter table account_review drop column plan_actions;

alter table sales_figure add column orders integer check (orders >= 0);
alter table sales_figure add column cancelled_orders integer check (cancelled_orders >= 0);
