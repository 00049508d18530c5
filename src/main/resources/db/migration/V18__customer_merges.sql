-- Two records of one customer merged (issue 15): the duplicate's complaints, handoffs, figures,
-- reviews, tier history, contacts and proposals now belong to the customer kept, and the duplicate
-- is gone; this row says what it was, who merged it, when, and what moved, and leads its old code
-- (in notices, bookmarks, printed case files) to the customer kept.
create sequence customer_merge_seq start with 10 increment by 10;
create table customer_merge (
    id              bigint        not null primary key,
    kept_id         bigint        not null references customer (id),
    dropped_code    varchar(20)   not null unique,
    dropped_name    varchar(200)  not null,
    dropped_tier    varchar(1)    not null,
    dropped_manager varchar(60),
    moved           varchar(2000) not null,
    merged_by       varchar(60)   not null,
    merged_at       timestamp     not null
);
create index customer_merge_kept_ix on customer_merge (kept_id);
