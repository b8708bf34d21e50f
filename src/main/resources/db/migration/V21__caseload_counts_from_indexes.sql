-- The caseload view counts each officer's clocks from three ranges of deadline, each clock joined to its case for
-- the officer. Measured at Birmingham's scale on H2, finding each case's row cost more than the ranges themselves:
-- this index holds what the join reads of a case, so it is answered from the index alone. (Indexes on deadline
-- holding case_reference behind status were tried too: H2 then chose them for a case's open clocks, reading every
-- open clock of the council for each case found by a search.)
create index ix_case_reference_officer on ehc_case (reference, stage, case_officer);
