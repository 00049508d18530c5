-- Each person's time zone (an IANA id such as Asia/Shanghai); null: the business zone (accord.business.zone).
alter table employee add column time_zone varchar(60);
