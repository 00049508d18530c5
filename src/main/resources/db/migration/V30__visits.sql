-- Issue 20: customer visits. A rep records a visit done, or plans one and later reports it done or
-- missed (the week's visit plan and its report, 002 §1.5, §2.5). Whether the customer was still a
-- prospect is kept as it was on the day, for "visits to existing vs prospective customers".
-- submission: the form's one-time id, so that a form sent twice records one visit.
create sequence visit_seq start with 10 increment by 10;

create table visit (
    id          bigint        not null primary key,
    rep         varchar(60)   not null,
    customer_id bigint        not null references customer (id),
    prospect    boolean       not null,
    visit_date  date          not null,
    purpose     varchar(20)   not null check (purpose in ('RELATIONSHIP', 'NEEDS', 'PRESENTATION', 'NEGOTIATION', 'SERVICE',
                                                          'PAYMENT', 'OTHER')),
    status      varchar(10)   not null check (status in ('PLANNED', 'DONE', 'MISSED')),
    result      varchar(1000),
    next_step   varchar(500),
    submission  varchar(36)   not null unique,
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    version     bigint        not null default 0
);
create index visit_rep_date_ix on visit (rep, visit_date);
create index visit_customer_ix on visit (customer_id, visit_date);
