-- Cross-department handoffs (issue 5). The handoff holds the request, the decisions and the
-- figures of the board; its case in the engine holds only the handoff's id and routing variables.
create sequence handoff_seq start with 10 increment by 10;
create sequence handoff_number_seq start with 1 increment by 1;

create table handoff (
    id                  bigint        not null primary key,
    number              varchar(20)   not null,
    requester           varchar(60)   not null,
    requester_department varchar(40)  not null,
    target_department   varchar(40)   not null,
    kind                varchar(30)   not null,
    customer_id         bigint        references customer (id),
    complaint_id        bigint        references complaint (id),
    subject             varchar(200)  not null,
    details             varchar(4000) not null,
    acceptance_criteria varchar(2000) not null,
    needed_by           date          not null,
    promised_by         date,
    priority            varchar(10)   not null,
    status              varchar(30)   not null,
    assignee            varchar(60),
    deliverable         varchar(4000),
    send_back_count     integer       not null default 0,
    rating              integer check (rating between 1 and 5),
    breached            boolean       not null default false,
    requested_at        timestamp     not null,
    approved_at         timestamp,
    delivered_at        timestamp,
    ended_at            timestamp,
    end_reason          varchar(1000),
    process_instance_id varchar(64),
    version             bigint        not null default 0,
    constraint handoff_number_uq unique (number)
);
create index handoff_target_ix on handoff (target_department, status);
create index handoff_requester_ix on handoff (requester_department, status);
create index handoff_person_ix on handoff (requester, status);
create index handoff_complaint_ix on handoff (complaint_id);
