-- Directory maintenance (issue 15): departments are deactivated rather than deleted (cases and
-- history keep naming them), and a person's deactivation records who did it and when.
alter table department add column active boolean not null default true;
alter table employee add column deactivated_at timestamp;
alter table employee add column deactivated_by varchar(60);
