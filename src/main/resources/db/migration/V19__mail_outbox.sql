-- Mail (issue 16): what to tell whom, written in the transaction of the step that causes it (a
-- step that rolls back writes none), drained over SMTP after commit by MailSender with retries; a
-- row is claimed for a while before it is sent, so on a cluster each mail goes out once.
create sequence mail_outbox_seq start with 10 increment by 10;
create table mail_outbox (
    id              bigint         not null primary key,
    recipient       varchar(60)    not null,
    address         varchar(200),
    language        varchar(10)    not null,
    kind            varchar(30)    not null,
    subject         varchar(400)   not null,
    body_text       varchar(20000) not null,
    body_html       varchar(40000) not null,
    link            varchar(1000),
    state           varchar(20)    not null,
    attempts        integer        not null default 0,
    next_attempt_at timestamp      not null,
    claimed_until   timestamp,
    last_error      varchar(1000),
    created_at      timestamp      not null,
    sent_at         timestamp,
    version         bigint         not null default 0
);
create index mail_outbox_due_ix on mail_outbox (state, next_attempt_at);
create index mail_outbox_created_ix on mail_outbox (created_at);
