-- Who saw a full ID number, phone or plate, of which record, why and when; and who was refused
-- for asking too many within an hour (flagged). Read by officials of the record's region.
create table kernel_reveal (
    id            uuid         not null primary key,
    actor         varchar(200) not null,
    actor_kind    varchar(20)  not null,
    subject_type  varchar(80)  not null,
    subject_id    varchar(100) not null,
    region_path   varchar(255) ${collate_c} not null,
    field         varchar(40)  not null,
    reason        varchar(800) not null,
    revealed_at   timestamp with time zone not null,
    refused       boolean      not null
);
-- the allowance: a caller's reveals of the last hour
create index kernel_reveal_actor on kernel_reveal (actor, revealed_at);
create index kernel_reveal_scope on kernel_reveal (region_path, revealed_at);
