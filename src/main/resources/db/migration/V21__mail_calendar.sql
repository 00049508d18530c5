-- A mail may carry a calendar entry (iCalendar, RFC 5545): an annual review's meeting.
alter table mail_outbox add column calendar varchar(8000);
