-- The four-colour grid map (四色网格图): the boundaries of compound grids and the features of the
-- map (red supply points, yellow checkpoints, green testing points, white restricted passages).
-- Geometry is GeoJSON text (WGS-84, as the API serves it; coordinates to 7 decimals), with its
-- bounding box in columns so that neighbours are found without reading every outline. No PostGIS:
-- the same schema runs on H2 and PostgreSQL, and the rules (valid polygons, inside China, no
-- overlap, features within their grid) are checked with JTS in the entities.

-- A community's sheet of the map. Grid boundaries must not overlap within a community, which no
-- portable constraint can say: every boundary write locks its community's sheet first (created by
-- the first one), so two writes in one community take turns and each sees the other's outline.
create table grids_map_sheet (
    community_code  varchar(15)  not null,
    region_path     varchar(255) ${collate_c} not null,
    changed_at      timestamp with time zone not null,
    constraint grids_one_map_sheet_per_community primary key (community_code)
);

-- A compound grid's boundary: one per grid.
create table grids_boundary (
    grid_code       varchar(15)  not null,
    community_code  varchar(15)  not null,
    region_path     varchar(255) ${collate_c} not null,
    geometry        varchar(100000) not null,
    min_lon         double precision not null,
    min_lat         double precision not null,
    max_lon         double precision not null,
    max_lat         double precision not null,
    version         bigint       not null,
    drawn_at        timestamp with time zone not null,
    constraint grids_one_boundary_per_grid primary key (grid_code),
    constraint grids_boundary_in_community
        foreign key (community_code) references grids_map_sheet (community_code)
);
create index grids_boundary_community on grids_boundary (community_code, min_lon, max_lon);
create index grids_boundary_scope on grids_boundary (region_path);

-- A feature of the map, of a grid, a community or a town (region_code; grid_code when it lies in a
-- grid). A feature another module keeps (a checkpoint's yellow point) carries that module's name
-- and its own id for the thing: one feature per thing.
create table grids_map_feature (
    id              uuid         not null primary key,
    region_code     varchar(15)  not null,
    grid_code       varchar(15),
    region_path     varchar(255) ${collate_c} not null,
    colour          varchar(10)  not null,
    name            varchar(100) not null,
    geometry        varchar(100000) not null,
    min_lon         double precision not null,
    min_lat         double precision not null,
    max_lon         double precision not null,
    max_lat         double precision not null,
    hours           varchar(100),
    contact         varchar(100),
    source          varchar(30),
    reference       varchar(100),
    version         bigint       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint grids_map_feature_colour check (colour in ('RED', 'YELLOW', 'GREEN', 'WHITE')),
    constraint grids_map_feature_reference_whole
        check ((source is null and reference is null) or (source is not null and reference is not null)),
    constraint grids_one_feature_per_reference unique (source, reference)
);
-- the map of a jurisdiction: one range of region paths, in colour order
create index grids_map_feature_scope on grids_map_feature (region_path, colour, id);
create index grids_map_feature_grid on grids_map_feature (grid_code);
