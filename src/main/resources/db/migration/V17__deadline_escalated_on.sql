-- The day a breached clock was handed to the managers (a deadline-breach journey started): at most once per clock,
-- whether its timer or the daily sweep (DeadlineSweep) found it missed first. Clocks breached before this version
-- were handed over by their timers when they were found.
alter table deadline add column escalated_on date;
update deadline set escalated_on = breached_on where status = 'BREACHED' and breached_on is not null;
