-- Customer complaints (issue 4). The complaint holds the business data; its case in the engine
-- holds only the complaint's id and the routing variables. Numbers come from a sequence, so a
-- number is never given twice, even to two agents registering at the same moment.
create sequence complaint_seq start with 10 increment by 10;
create sequence complaint_number_seq start with 1 increment by 1;

create table complaint (
    id                  bigint        not null primary key,
    number              varchar(20)   not null,
    customer_id         bigint        not null references customer (id),
    contact_name        varchar(100)  not null,
    contact_phone       varchar(40),
    contact_email       varchar(120),
    channel             varchar(10)   not null,
    category            varchar(20)   not null,
    severity            varchar(10)   not null,
    subject             varchar(200)  not null,
    description         varchar(4000) not null,
    order_number        varchar(40),
    status              varchar(30)   not null,
    department_code     varchar(40),
    registered_by       varchar(60)   not null,
    registered_at       timestamp     not null,
    response_due        timestamp     not null,
    resolve_due         timestamp     not null,
    responded_at        timestamp,
    paused_at           timestamp,
    root_cause          varchar(20),
    root_cause_text     varchar(2000),
    corrective_action   varchar(2000),
    preventive_action   varchar(2000),
    resolution          varchar(4000),
    reopen_count        integer       not null default 0,
    satisfaction        integer check (satisfaction between 1 and 5),
    breached            boolean       not null default false,
    closed_at           timestamp,
    withdrawn_reason    varchar(1000),
    linked_to_id        bigint        references complaint (id),
    process_instance_id varchar(64),
    version             bigint        not null default 0,
    constraint complaint_number_uq unique (number),
    constraint complaint_contact_ck check (contact_phone is not null or contact_email is not null)
);
create index complaint_customer_ix on complaint (customer_id, category, registered_at);
create index complaint_status_ix on complaint (status, registered_at);
create index complaint_department_ix on complaint (department_code, status);

-- The business calendar's exceptions, kept by ADMIN: public holidays, and weekend days worked instead (调休).
create table calendar_day (
    calendar_date date        not null primary key,
    kind varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(100) not null
);
