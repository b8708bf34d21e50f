-- The caseload view counts each officer's clocks from three ranges of deadline, each joined to its case for the
-- officer. Measured at Birmingham's scale on H2, reading each clock's row and each case's row cost more than the
-- ranges themselves: these indexes hold every column the counts read, so the view is answered from indexes alone.
drop index ix_deadline_open_due;
create index ix_deadline_open_due on deadline (status, due_date, met_on, breached_on, case_reference, deadline_key);
drop index ix_deadline_outstanding;
create index ix_deadline_outstanding on deadline (status, met_on, due_date, breached_on, case_reference, deadline_key);
drop index ix_deadline_status_breached_on;
create index ix_deadline_status_breached_on on deadline (status, breached_on, met_on, due_date, case_reference, deadline_key);
create index ix_case_reference_officer on ehc_case (reference, stage, case_officer);
