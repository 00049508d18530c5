-- Signing in against the company's directory (issue 15): who owns a person's or a department's
-- record (LOCAL: kept in the portal; DIRECTORY: kept in LDAP and synchronised from there), and one
-- row that the nodes of a cluster lock so that one synchronisation runs at a time.
alter table employee add column source varchar(10) not null default 'LOCAL';
alter table department add column source varchar(10) not null default 'LOCAL';

create table directory_sync (
    id          integer       not null primary key,
    started_at  timestamp,
    finished_at timestamp,
    started_by  varchar(60),
    outcome     varchar(4000),
    version     bigint        not null default 0
);
insert into directory_sync (id, version) values (1, 0);
