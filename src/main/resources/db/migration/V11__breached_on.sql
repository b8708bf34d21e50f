-- The day a clock was found missed: the managers' "breached in the last 30 days" counts breaches by the day they
-- happened, which for a request entered after its dates passed is the day it was entered, not the day after the
-- due date. Clocks breached before this version are taken to have been found missed the day after they fell due.
alter table deadline add column breached_on date;
update deadline set breached_on = due_date + 1 where status = 'BREACHED';
create index ix_deadline_breached_on on deadline (breached_on);
