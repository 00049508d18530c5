-- Mail preferences (issue 16): per person and kind of message, mail now, a daily digest or the
-- portal only; quiet hours (whole hours of the person's time zone) during which mails wait.
create table mail_choices (
    login      varchar(60) not null primary key,
    quiet_from integer     check (quiet_from between 0 and 23),
    quiet_to   integer     check (quiet_to between 0 and 23),
    version    bigint      not null default 0
);
create table mail_preference (
    login    varchar(60) not null references mail_choices (login),
    kind     varchar(30) not null,
    delivery varchar(12) not null check (delivery in ('NOW', 'DIGEST', 'PORTAL')),
    primary key (login, kind)
);
-- One digest a person a day, also with several nodes: the second insert of the day fails.
create table mail_digest (
    login      varchar(60) not null,
    digest_day date        not null,
    primary key (login, digest_day)
);
