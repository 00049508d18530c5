-- Grading (issue 7): the grade ladder HR keeps, every grade change with its effective date, and
-- the records of a sales person the portal cannot compute: new customers won and visits made per
-- quarter, and training done. Target, sales and satisfaction come from the figures and complaints.
create sequence grade_change_seq start with 10 increment by 10;
create sequence rep_activity_seq start with 10 increment by 10;
create sequence training_record_seq start with 10 increment by 10;

create table grade (
    code              varchar(40)  not null primary key,
    name_zh           varchar(100) not null,
    name_en           varchar(100) not null,
    grade_level       integer      not null unique check (grade_level between 1 and 20),
    months_in_grade   integer      not null check (months_in_grade between 0 and 240),
    min_attainment    numeric(5,1) not null check (min_attainment between 0 and 300),
    min_satisfaction  numeric(2,1) check (min_satisfaction between 1 and 5),
    version           bigint       not null default 0
);

insert into grade (code, name_zh, name_en, grade_level, months_in_grade, min_attainment, min_satisfaction) values
    ('SALES_REP',           '销售代表',     'Sales Representative',        1,  0,   0.0, null),
    ('SENIOR_SALES_REP',    '高级销售代表', 'Senior Sales Representative', 2, 12,  95.0, 3.5),
    ('KEY_ACCOUNT_MANAGER', '大客户经理',   'Key Account Manager',         3, 18, 100.0, 4.0),
    ('SALES_MANAGER',       '销售经理',     'Sales Manager',               4, 24, 105.0, 4.0);

create table grade_change (
    id           bigint        not null primary key,
    employee_id  bigint        not null references employee (id),
    from_grade   varchar(40),
    to_grade     varchar(40)   not null,
    effective_on date          not null,
    recorded_by  varchar(60)   not null,
    recorded_at  timestamp     not null,
    reason       varchar(1000) not null
);
create index grade_change_employee_ix on grade_change (employee_id, effective_on);

create table rep_activity (
    id             bigint      not null primary key,
    employee_id    bigint      not null references employee (id),
    fiscal_year    integer     not null,
    fiscal_quarter integer     not null check (fiscal_quarter between 1 and 4),
    new_customers  integer     not null check (new_customers >= 0),
    visits         integer     not null check (visits >= 0),
    updated_by     varchar(60) not null,
    updated_at     timestamp   not null,
    version        bigint      not null default 0,
    constraint rep_activity_uq unique (employee_id, fiscal_year, fiscal_quarter)
);

create table training_record (
    id           bigint       not null primary key,
    employee_id  bigint       not null references employee (id),
    course       varchar(200) not null,
    completed_on date         not null,
    recorded_by  varchar(60)  not null,
    recorded_at  timestamp    not null
);
create index training_record_employee_ix on training_record (employee_id, completed_on);
