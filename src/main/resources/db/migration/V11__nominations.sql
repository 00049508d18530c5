-- Promotion nominations (issue 7): the nomination with its assessment, the evidence frozen at
-- submission (text and SHA-256 checksum), the eligibility checks, the approval chain and outcome.
create sequence nomination_seq start with 10 increment by 10;
create sequence nomination_number_seq start with 1 increment by 1;

create table nomination (
    id                  bigint        not null primary key,
    number              varchar(20)   not null unique,
    nominee_id          bigint        not null references employee (id),
    nominator           varchar(60)   not null,
    nominee_department  varchar(30)   not null,
    from_grade          varchar(40),
    to_grade            varchar(40)   not null,
    levels_up           integer       not null check (levels_up >= 1),
    jump_reason         varchar(1000),
    readiness           varchar(12)   not null check (readiness in ('NOW', 'SIX_MONTHS', 'ONE_YEAR')),
    relocate            boolean       not null,
    strengths           varchar(2000) not null,
    weaknesses          varchar(2000) not null,
    first_steps         varchar(2000) not null,
    status              varchar(20)   not null,
    evidence            varchar(4000) not null,
    evidence_checksum   varchar(64)   not null,
    eligibility         varchar(200),
    director_needed     boolean       not null default false,
    chain_reason        varchar(20),
    head_approver       varchar(60),
    chain_note          varchar(1000),
    effective_on        date,
    rejected_at_step    varchar(30),
    rejection_reason    varchar(2000),
    override_reason     varchar(1000),
    block_lifted_by     varchar(60),
    block_lift_reason   varchar(1000),
    submitted_at        timestamp     not null,
    ended_at            timestamp,
    process_instance_id varchar(64),
    version             bigint        not null default 0
);
create index nomination_nominee_ix on nomination (nominee_id, submitted_at);
create index nomination_status_ix on nomination (status);

-- Notices in the portal: a line for a person (a message key and its arguments, a link), shown on
-- their home page until they mark it read. Promotions tell nominator and nominee through them.
create sequence notice_seq start with 10 increment by 10;

create table notice (
    id          bigint        not null primary key,
    recipient   varchar(60)   not null,
    message_key varchar(100)  not null,
    arguments   varchar(1000),
    link        varchar(300),
    created_at  timestamp     not null,
    read_at     timestamp
);
create index notice_recipient_ix on notice (recipient, read_at);
