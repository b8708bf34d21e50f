-- Plans brought in from a council's old system have no request in EHC Flow: no received date, no requester.
alter table ehc_case alter column request_received drop not null;
alter table ehc_case alter column requester_type drop not null;
alter table ehc_case add column plan_imported boolean default false not null;

-- The next phase transfer (reg 18): the review before it must be timed to name the next school in time.
alter table ehc_case add column next_transfer_date date;
alter table ehc_case add column next_transfer_kind varchar(20)
    constraint ck_case_transfer_kind check (next_transfer_kind in ('OTHER', 'SECONDARY_TO_POST16', 'POST16_TO_POST16'));

-- One row per review held in EHC Flow (SEN2 per review), with who held the meeting and the process that ran it.
alter table plan_review add column held_by varchar(20)
    constraint ck_review_held_by check (held_by in ('LOCAL_AUTHORITY', 'HEAD_TEACHER'));
alter table plan_review add column phase_transfer boolean default false not null;
alter table plan_review add column process_instance_id varchar(64);
alter table plan_review add column amended_plan_issued date;
create index ix_review_process on plan_review (process_instance_id);
create index ix_case_upn on ehc_case (child_upn);
