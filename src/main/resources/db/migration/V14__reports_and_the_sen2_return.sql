-- The SEN2 person-level return's items a case did not hold yet (DfE SEN2 technical specification: module 1 person,
-- module 2 request source, modules 4-5 named setting and SEN need). All optional here: the return's pre-submission
-- check (Sen2Check) lists the cases that still lack what the DfE requires, so officers can complete them first.
alter table ehc_case add column child_sex varchar(1) constraint ck_case_sex check (child_sex in ('M', 'F'));
alter table ehc_case add column child_ethnicity varchar(4);
alter table ehc_case add column child_postcode varchar(8);
alter table ehc_case add column child_uln varchar(10);
alter table ehc_case add column upn_unknown varchar(4);
alter table ehc_case add column primary_need varchar(4);
alter table ehc_case add column setting_type varchar(4);
alter table ehc_case add column school_ukprn varchar(8);
alter table ehc_case add column request_source varchar(30) constraint ck_case_request_source
    check (request_source in ('PARENT_OR_YOUNG_PERSON', 'EDUCATION_SETTING', 'HEALTH', 'SOCIAL_CARE', 'OTHER'));

-- Advice the officer waived after chasing it (advice-request.bpmn, "Advice waived"): the partners report counts it
-- apart from advice still outstanding.
alter table deadline add column waived_on date;

-- Each report figure is one query over a date range: these let it read only the range.
create index ix_case_request_received on ehc_case (request_received);
create index ix_case_request_decision_date on ehc_case (request_decision_date);
create index ix_case_assessment_outcome_date on ehc_case (assessment_outcome_date);
create index ix_case_plan_issue_date on ehc_case (plan_issue_date);
create index ix_deadline_key_due on deadline (deadline_key, due_date);
create index ix_deadline_key_start on deadline (deadline_key, start_date);
create index ix_review_meeting on plan_review (meeting_date);
create index ix_appeal_sent on appeal (sent_to_la);
create index ix_appeal_decided on appeal (decided_on);
