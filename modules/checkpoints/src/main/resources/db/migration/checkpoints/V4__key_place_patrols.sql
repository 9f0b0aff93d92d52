-- Key places (重点场所: markets, supermarkets, hotels, stations …) and their daily patrols (每日一巡).
-- A place lies in a village, community or town and has a checklist; its kind and region stay.
-- Deactivated is for good: the place keeps its patrols but takes no more, and its name may serve a
-- new place of the region. Nothing here is about a person: notes are about the place.
create table checkpoints_key_place (
    id              uuid          not null primary key,
    name            varchar(100)  not null,
    -- the name while the place is active, null after: one such name per region
    active_name     varchar(100),
    kind            varchar(16)   not null,
    region_code     varchar(15)   not null,
    region_path     varchar(255)  ${collate_c} not null,
    address         varchar(200),
    active          boolean       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    deactivated_at  timestamp with time zone,
    version         bigint        not null,
    constraint checkpoints_key_place_kind
        check (kind in ('MARKET', 'SUPERMARKET', 'HOTEL', 'STATION', 'HOSPITAL', 'SCHOOL',
                        'RESTAURANT', 'WORKSITE', 'OTHER')),
    constraint checkpoints_one_key_place_name unique (region_code, active_name)
);
create index checkpoints_key_place_page on checkpoints_key_place (region_path, name, id);

-- A place's checklist, in order (1 to 30 items, each named once: the entity's rule).
create table checkpoints_key_place_item (
    place_id  uuid         not null,
    seq       integer      not null,
    item      varchar(50)  not null,
    constraint checkpoints_key_place_item_pk primary key (place_id, seq),
    constraint checkpoints_key_place_item_place
        foreign key (place_id) references checkpoints_key_place (id)
);

-- A patrol of a place on a day (Asia/Shanghai): one a day per place. When it was made, when and by
-- which account it was recorded, how many items failed (kept with the patrol, so that the day's
-- figures are a sum over the day's patrols), and what was ordered to be put right.
create table checkpoints_patrol (
    id             uuid          not null primary key,
    place_id       uuid          not null,
    patrol_day     date          not null,
    patrolled_at   timestamp with time zone not null,
    recorded_at    timestamp with time zone not null,
    patrolled_by   varchar(100)  not null,
    items_failed   integer       not null,
    rectification  varchar(500),
    constraint checkpoints_patrol_place
        foreign key (place_id) references checkpoints_key_place (id),
    constraint checkpoints_patrol_items_failed check (items_failed >= 0),
    constraint checkpoints_one_patrol_a_day unique (place_id, patrol_day)
);
-- the day's patrols of a jurisdiction, for the unpatrolled list and the figures
create index checkpoints_patrol_day on checkpoints_patrol (patrol_day, place_id);

-- The checklist as it was answered: each item's text, passed or failed, an optional note.
create table checkpoints_patrol_item (
    patrol_id  uuid          not null,
    seq        integer       not null,
    item       varchar(50)   not null,
    passed     boolean       not null,
    note       varchar(200),
    constraint checkpoints_patrol_item_pk primary key (patrol_id, seq),
    constraint checkpoints_patrol_item_patrol
        foreign key (patrol_id) references checkpoints_patrol (id) on delete cascade
);
