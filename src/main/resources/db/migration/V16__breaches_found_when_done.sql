-- A clock no timer watched (the decision whether to issue a plan) and done late was marked BREACHED without the day
-- it was found missed, so the breaches report did not count it: that day is the day it was done. And reg 10(1)'s
-- 16 weeks bind only a decision not to issue a plan: a decision to issue one taken after them breached nothing.
update deadline set status = 'MET', breached_on = null
where deadline_key in ('PLAN_DECISION', 'ORDER_ASSESS_NO_PLAN', 'CONCESSION_NO_PLAN') and status = 'BREACHED'
  and case_reference in (select reference from ehc_case where assessment_outcome = 'ISSUE');
update deadline set breached_on = met_on where status = 'BREACHED' and breached_on is null and met_on is not null;
