-- A grid is a node of the kernel's region tree (level GRID, under a village or community); the
-- grids module keeps what happens in it. grid_code refers to kernel_region by code (no
-- cross-module key); the *_path columns are the region's path at the time of writing, so that a
-- jurisdiction filter is one indexed prefix range (C collation on PostgreSQL, see rosters V2).

-- The register: buildings → units → dwellings → residents.
create table grids_building (
    id           uuid         not null primary key,
    grid_code    varchar(15)  not null,
    region_path  varchar(255) ${collate_c} not null,
    name         varchar(100) not null,
    name_key     bytea        not null,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    constraint grids_one_building_name unique (grid_code, name)
);
create index grids_building_page on grids_building (region_path, name_key, id);

-- A dwelling is a room of a building's unit (单元); a building without units has unit ''.
create table grids_dwelling (
    id           uuid         not null primary key,
    building_id  uuid         not null references grids_building (id),
    unit         varchar(20)  not null,
    room         varchar(20)  not null,
    region_path  varchar(255) ${collate_c} not null,
    created_at   timestamp with time zone not null,
    constraint grids_one_dwelling unique (building_id, unit, room)
);

-- A resident lives in one dwelling. The ID number is sealed (kernel IdNumberConverter) and has a
-- blind index (keyed hash, kernel Sealed.blindIndex): the register holds each person once, and a
-- re-import finds them, without the plain number ever being compared or stored.
create table grids_resident (
    id                     uuid         not null primary key,
    dwelling_id            uuid         not null references grids_dwelling (id),
    region_path            varchar(255) ${collate_c} not null,
    name                   varchar(100) not null,
    name_key               bytea        not null,
    id_number              varchar(200) not null,
    id_number_index        varchar(64)  not null,
    phone                  varchar(200),
    household_relation     varchar(20)  not null,
    elderly_living_alone   boolean      not null,
    needs_help             boolean      not null,
    party_member           boolean      not null,
    serving_party_member   boolean      not null,
    version                bigint       not null,
    registered_at          timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    constraint grids_one_resident_per_id_number unique (id_number_index)
);
-- a grid worker's or an official's page of residents: the scope range and the order in one index
create index grids_resident_page on grids_resident (region_path, name_key, id);
create index grids_resident_dwelling on grids_resident (dwelling_id);

-- A grid's staff, each a person of the rosters register (by id). staff_key says who holds which
-- role where (role:person[:building[/unit]]): nobody holds one role twice in one place. sole_key
-- holds the post that only one person may hold — the grid's leader (the grid code), a building's
-- head (the building), a corridor's head (building/unit) — and is null for shared roles.
create table grids_staff (
    id           uuid         not null primary key,
    grid_code    varchar(15)  not null,
    region_path  varchar(255) ${collate_c} not null,
    person_id    uuid         not null,
    staff_role   varchar(30)  not null,
    building_id  uuid         references grids_building (id),
    unit         varchar(20),
    staff_key    varchar(120) not null,
    sole_key     varchar(80),
    since        timestamp with time zone not null,
    constraint grids_one_role_per_person unique (grid_code, staff_key),
    constraint grids_one_holder unique (sole_key)
);
create index grids_staff_grid on grids_staff (grid_code);
create index grids_staff_person on grids_staff (person_id);
