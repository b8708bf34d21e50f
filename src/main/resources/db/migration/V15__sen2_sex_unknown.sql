-- The SEN2 return's Sex has a third code, U (not known), beside M and F.
alter table ehc_case drop constraint ck_case_sex;
alter table ehc_case add constraint ck_case_sex check (child_sex in ('M', 'F', 'U'));
