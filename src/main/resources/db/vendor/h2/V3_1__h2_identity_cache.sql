-- H2 only. H2 writes an identity column's next value to disk, with a commit of its own, each time its cache of
-- values runs out (32 by default); with every commit forced to the file (WRITE_DELAY=0) that cost a third of the
-- time of importing a council's plans. A larger cache costs nothing but gaps in the numbers after a restart.
-- (PostgreSQL draws identity values without a commit, so it keeps its defaults.)
alter table deadline alter column id set cache 1000;
alter table notification alter column id set cache 1000;
alter table plan_review alter column id set cache 1000;
alter table school_consultation alter column id set cache 1000;
