-- The most open cases an officer may hold: at the cap, new cases go to others, or to the team's unassigned queue.
create table officer_cap (
    officer        varchar(64) not null primary key,
    max_open_cases integer     not null constraint ck_cap_positive check (max_open_cases >= 0),
    set_by         varchar(64) not null,
    set_at         timestamp with time zone not null
);
