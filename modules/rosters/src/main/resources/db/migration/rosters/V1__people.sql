-- The people who serve. home_region refers to kernel_region by code (no cross-module key:
-- the kernel owns that table); region_path is the region's path at the time of writing.
create table rosters_person (
    id            uuid         not null primary key,
    name          varchar(50)  not null,
    phone         varchar(20),
    affiliation   varchar(40)  not null,
    party_member  boolean      not null,
    home_region   varchar(15)  not null,
    region_path   varchar(255) not null,
    active        boolean      not null,
    version       bigint       not null,
    registered_at timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
-- serves the jurisdiction filter: region_path like '/330100/330182/%'
create index rosters_person_scope on rosters_person (region_path ${prefix_ops}, name);

create table rosters_person_qualification (
    person_id     uuid        not null references rosters_person (id) on delete cascade,
    qualification varchar(40) not null,
    primary key (person_id, qualification)
);
