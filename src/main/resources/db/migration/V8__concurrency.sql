-- Rows locked (select ... for update) by the work that gives cases to officers before it counts caseloads and looks
-- for the same child, so that parallel requests are done one after another: caps hold, and a child gets one needs
-- assessment however many times the request is sent at once. Row 1: registrations and moves; row 2: plan imports,
-- which take a minute and must not hold up the requests made meanwhile.
create table allocation_lock (
    id integer not null primary key
);
insert into allocation_lock (id) values (1);
insert into allocation_lock (id) values (2);

-- The first answer to a request sent with an Idempotency-Key header, given again to every retry of it.
create table idempotent_request (
    caller          varchar(64)   not null,
    idempotency_key varchar(200)  not null,
    request_method  varchar(10)   not null,
    request_path    varchar(500)  not null,
    request_hash    varchar(64)   not null,
    response_status integer       not null,
    response_type   varchar(200),
    response_location varchar(500),
    response_body   text,
    created_at      timestamp with time zone not null,
    primary key (caller, idempotency_key)
);

create index ix_idempotent_request_created on idempotent_request (created_at);

create index ix_case_child_names on ehc_case (child_date_of_birth, child_family_name);
