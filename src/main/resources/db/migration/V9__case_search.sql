-- Case search (GET /api/cases?q=): the words a person may search a case by (reference, UPN, the child's, parent's and
-- school's names), lower-cased and without accents, so that "zoe" finds "Zoë" on H2 and PostgreSQL alike. Written
-- with the case (CaseSearchText); rows from before this version are filled by V10.
alter table ehc_case add column search_text varchar(1000);

-- newest first, and each case's next open deadline, without a scan per case
create index ix_case_created on ehc_case (created_at);
create index ix_deadline_case_status_due on deadline (case_reference, status, due_date);
