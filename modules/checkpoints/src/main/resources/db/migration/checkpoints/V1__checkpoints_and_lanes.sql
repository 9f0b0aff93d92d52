-- Checkpoints (卡口) and their lanes. A checkpoint lies in a region (a town for a highway exit, a
-- village or community for a service point, a compound grid for a gate); the rosters post that
-- staffs it and its yellow feature on the four-colour map are kept by those modules, referred to by
-- id. Closed is for good: a closed checkpoint keeps its inspections but takes no more.
create table checkpoints_checkpoint (
    id           uuid          not null primary key,
    name         varchar(100)  not null,
    -- the name while the checkpoint is not closed, null after: one such name per region
    open_name    varchar(100),
    kind         varchar(24)   not null,
    region_code  varchar(15)   not null,
    region_path  varchar(255)  ${collate_c} not null,
    lon          double precision not null,
    lat          double precision not null,
    hours        varchar(100),
    contact      varchar(100),
    status       varchar(12)   not null,
    post_id      uuid          not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    closed_at    timestamp with time zone,
    version      bigint        not null,
    constraint checkpoints_checkpoint_kind
        check (kind in ('HIGHWAY_EXIT', 'INSPECTION_STATION', 'SERVICE_POINT', 'COMPOUND_GATE')),
    constraint checkpoints_checkpoint_status check (status in ('OPEN', 'SUSPENDED', 'CLOSED')),
    constraint checkpoints_one_per_post unique (post_id),
    constraint checkpoints_one_name unique (region_code, open_name)
);
create index checkpoints_checkpoint_page on checkpoints_checkpoint (region_path, name, id);

-- A lane: the way vehicles or people pass, with what it is for (a green lane tests on site, a
-- tea-farmers' lane lets the tea harvest through fast). Numbered within its checkpoint.
create table checkpoints_lane (
    id             uuid         not null primary key,
    checkpoint_id  uuid         not null references checkpoints_checkpoint (id),
    no             integer      not null,
    name           varchar(50)  not null,
    kind           varchar(16)  not null,
    open           boolean      not null,
    constraint checkpoints_lane_kind
        check (kind in ('VEHICLES', 'TRUCKS', 'PEDESTRIANS', 'GREEN_TESTING', 'TEA_FARMERS', 'STAFF')),
    constraint checkpoints_one_lane_no unique (checkpoint_id, no),
    constraint checkpoints_one_lane_name unique (checkpoint_id, name)
);
