-- The caseload view counts breached clocks not yet done and clocks done after a breach in the last 30 days; every
-- breach ever recorded stays in the table, so each count reads its own range rather than every BREACHED row.
create index ix_deadline_outstanding on deadline (status, met_on, due_date);
create index ix_deadline_status_breached_on on deadline (status, breached_on);
