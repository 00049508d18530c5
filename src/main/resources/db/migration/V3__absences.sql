-- Out of office: while a person is away (first_day..last_day, inclusive), work assigned to them
-- goes to their deputy. ended_at is set when the absence ends (early, or once last_day passed)
-- and the deputy's open tasks for the person have gone back to them.
create sequence absence_seq start with 10 increment by 10;

create table absence (
    id           bigint      not null primary key,
    person_login varchar(60) not null,
    deputy_login varchar(60) not null,
    first_day    date        not null,
    last_day     date        not null,
    ended_at     timestamp,
    version      bigint      not null default 0,
    constraint absence_days_ck check (first_day <= last_day),
    constraint absence_not_self_ck check (person_login <> deputy_login)
);
create index absence_person_ix on absence (person_login, last_day);
create index absence_deputy_ix on absence (deputy_login, last_day);
