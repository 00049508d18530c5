-- A sales rep proposes a new customer; their sales manager approves it (workflows/customer-proposal.bpmn20.xml).
-- The proposal keeps what was proposed and decided; the customer it became is linked once approved.
create sequence proposal_number_seq start with 1 increment by 1;
create sequence customer_proposal_seq start with 10 increment by 10;
create table customer_proposal (
    id                  bigint         not null primary key,
    number              varchar(20)    not null unique,
    proposer            varchar(60)    not null,
    approver            varchar(60)    not null,
    name                varchar(200)   not null,
    industry            varchar(60),
    region              varchar(60),
    reason              varchar(2000)  not null,
    contact_name        varchar(100),
    contact_title       varchar(100),
    contact_phone       varchar(40),
    contact_email       varchar(120),
    status              varchar(20)    not null,
    decision_note       varchar(2000),
    decided_at          timestamp,
    customer_id         bigint         references customer (id),
    proposed_at         timestamp      not null,
    process_instance_id varchar(64),
    version             bigint         not null
);
create index customer_proposal_proposer_ix on customer_proposal (proposer, proposed_at);
