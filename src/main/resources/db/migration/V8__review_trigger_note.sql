-- Why an early review of an account at risk was started: the complaints that triggered it,
-- shown at the top of its dossier (issue 6).
alter table account_review add column trigger_note varchar(1000);
