-- Moving in (issue 15): the one-time setup token of a database without an administrator, passwords
-- that must be changed at the next sign-in, and the history of every role granted or revoked.

-- A setup token as its SHA-256 hash (the token itself is only printed in the server log). One row
-- per node start while no active ADMIN exists; all rows go when the first ADMIN is created.
create table setup_token (
    token_hash varchar(64) not null primary key,
    created_at timestamp   not null,
    expires_at timestamp   not null
);

-- Set by an ADMIN's password reset (and for demo accounts on a database that is not the embedded
-- demo): the person can do nothing but choose a new password until they have.
alter table employee add column password_change_required boolean not null default false;

create sequence role_change_seq start with 10 increment by 10;
create table role_change (
    id          bigint        not null primary key,
    employee_id bigint        not null references employee (id),
    role        varchar(30)   not null,
    granted     boolean       not null,
    reason      varchar(500)  not null,
    changed_by  varchar(60)   not null,
    changed_at  timestamp     not null
);
create index role_change_employee_ix on role_change (employee_id, changed_at);
