-- Complaints by mail (issue 16): each mail taken from the service mailbox, once (message_id is
-- unique: of two nodes polling, one takes it, the other's insert fails and its complaint rolls back
-- with it); what became of it (a complaint, a reply added to one, or waiting for customer service to
-- pick the customer); the files of a waiting mail until then.
create sequence intake_mail_seq start with 10 increment by 10;
create table intake_mail (
    id               bigint         not null primary key,
    message_id       varchar(500)   not null,
    sender_address   varchar(200)   not null,
    sender_name      varchar(200),
    subject          varchar(1000)  not null,
    body             varchar(20000) not null,
    received_at      timestamp      not null,
    state            varchar(20)    not null,
    complaint_number varchar(20),
    dealt_by         varchar(60),
    note             varchar(1000),
    version          bigint         not null default 0
);
create unique index intake_mail_message_ix on intake_mail (message_id);
create index intake_mail_state_ix on intake_mail (state, received_at);
create sequence intake_file_seq start with 10 increment by 10;
create table intake_file (
    id       bigint        not null primary key,
    mail_id  bigint        not null references intake_mail (id),
    name     varchar(255)  not null,
    content  ${binary}     not null
);
create index intake_file_mail_ix on intake_file (mail_id);
