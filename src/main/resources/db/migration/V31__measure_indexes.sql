-- The measures, the dashboards and the monthly report read periods of these records by date
-- (docs/benchmarks.md, "Dashboards of a big company"): without these, each read scanned the table.
create index complaint_registered_ix on complaint (registered_at);
create index complaint_closed_ix on complaint (closed_at);
create index visit_date_ix on visit (visit_date);
create index tier_change_at_ix on tier_change (changed_at);
create index account_review_ended_ix on account_review (ended_at);
create index handoff_delivered_ix on handoff (target_department, delivered_at);
-- Closed complaints of a period: by status and day together (the status alone is nearly all rows).
create index complaint_status_closed_ix on complaint (status, closed_at);
-- A quarter's (or a year's) sales figures of every customer.
create index sales_figure_period_ix on sales_figure (fiscal_year, fiscal_quarter);
