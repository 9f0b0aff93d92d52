-- The administrative tree. path = '/' + the codes from the root down + '/', so that
-- "lies within" is a prefix test that an index can serve.
create table kernel_region (
    code        varchar(15)  not null primary key,
    name        varchar(100) not null,
    name_en     varchar(200),
    level       varchar(16)  not null,
    parent_code varchar(15)  references kernel_region (code),
    path        varchar(255) not null unique,
    sort_order  integer      not null default 0
);
create index kernel_region_parent on kernel_region (parent_code);

-- Jurisdiction of users who sign in through the server's registry (JWT callers carry a claim).
create table kernel_account (
    principal         varchar(100) not null primary key,
    jurisdiction_code varchar(15)  not null references kernel_region (code)
);

-- Who did what to which record, when, from which jurisdiction. Append-only.
create table kernel_audit (
    id                      uuid         not null primary key,
    recorded_at             timestamp with time zone not null,
    actor                   varchar(100) not null,
    actor_jurisdiction      varchar(15)  not null,
    actor_jurisdiction_path varchar(255) not null,
    action                  varchar(60)  not null,
    subject_type            varchar(60)  not null,
    subject_id              varchar(64)  not null,
    subject_region_path     varchar(255) not null,
    summary                 varchar(500)
);
create index kernel_audit_subject on kernel_audit (subject_type, subject_id);
-- supervisors read what happened to the records of their jurisdiction
create index kernel_audit_scope on kernel_audit (subject_region_path ${prefix_ops}, recorded_at);
