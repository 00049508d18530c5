-- The organisation directory, sign-in throttling and customers.
-- EclipseLink reads a sequence value as the last id of a block of allocationSize ids: start = increment.
-- Written for both H2 (embedded default) and PostgreSQL (production).

create sequence department_seq start with 10 increment by 10;
create sequence employee_seq start with 10 increment by 10;
create sequence customer_seq start with 10 increment by 10;

create table department (
    id        bigint       not null primary key,
    code      varchar(30)  not null unique,
    name_zh   varchar(100) not null,
    name_en   varchar(100) not null,
    parent_id bigint       references department (id),
    head_id   bigint,
    version   bigint       not null default 0
);

create table employee (
    id            bigint       not null primary key,
    login         varchar(60)  not null unique,
    display_name  varchar(120) not null,
    email         varchar(200),
    department_id bigint       not null references department (id),
    manager_id    bigint       references employee (id),
    grade         varchar(40),
    active        boolean      not null default true,
    password_hash varchar(400) not null,
    language      varchar(10),
    version       bigint       not null default 0
);

alter table department add constraint department_head_fk foreign key (head_id) references employee (id);
create index employee_department_ix on employee (department_id);
create index employee_manager_ix on employee (manager_id);

create table employee_role (
    employee_id bigint      not null references employee (id) on delete cascade,
    role        varchar(30) not null,
    primary key (employee_id, role)
);

-- Failed sign-ins per login (also for logins that do not exist, so that timing and answers
-- do not reveal which accounts exist). Kept in the database so every cluster node agrees.
create table signin_throttle (
    login         varchar(60) not null primary key,
    failures      integer     not null,
    last_failure  timestamp   not null,
    blocked_until timestamp
);

create table customer (
    id                 bigint       not null primary key,
    code               varchar(20)  not null unique,
    name               varchar(200) not null,
    tier               varchar(1)   not null check (tier in ('A', 'B', 'C')),
    account_manager_id bigint       references employee (id),
    region             varchar(60),
    industry           varchar(60),
    customer_since     integer,
    version            bigint       not null default 0
);
create index customer_account_manager_ix on customer (account_manager_id);
