-- The audit trail (issue 18): one row per security-relevant or administrative action (sign-ins,
-- refused accesses, role changes, password resets, rule edits, case actions, confidential exports):
-- who acted (the login; for a sign-in the login typed), when, what and on what, from which address.
-- The application only ever inserts (on PostgreSQL a trigger refuses anything else: db/postgresql).
create sequence audit_entry_seq start with 10 increment by 10;
create table audit_entry (
    id        bigint         not null primary key,
    at        timestamp      not null,
    actor     varchar(60),
    action    varchar(40)    not null,
    subject   varchar(200),
    detail    varchar(2000),
    address   varchar(64)
);
create index audit_entry_at_ix on audit_entry (at);
create index audit_entry_actor_ix on audit_entry (actor, at);
create index audit_entry_action_ix on audit_entry (action, at);
