-- Teams, posts and the duties that staff them. Region paths are kept on every row that a
-- jurisdiction filters, in the C collation on PostgreSQL (a range scan serves the prefix).

create table rosters_team (
    id           uuid         not null primary key,
    kind         varchar(20)  not null,
    name         varchar(100) not null,
    name_key     bytea        not null,
    focus        varchar(200),
    region_code  varchar(15)  not null,
    region_path  varchar(255) ${collate_c} not null,
    active       boolean      not null,
    version      bigint       not null,
    formed_at    timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index rosters_team_page on rosters_team (active, region_path, name_key, id);

create table rosters_team_member (
    team_id    uuid        not null references rosters_team (id),
    person_id  uuid        not null references rosters_person (id),
    role       varchar(20) not null,
    joined_at  timestamp with time zone not null,
    constraint rosters_one_membership primary key (team_id, person_id)
);
create index rosters_team_member_person on rosters_team_member (person_id);

-- A post's seats are not stored: its shifts and its needs per shift say which exist.
create table rosters_post (
    id           uuid         not null primary key,
    name         varchar(100) not null,
    name_key     bytea        not null,
    kind         varchar(30)  not null,
    region_code  varchar(15)  not null,
    region_path  varchar(255) ${collate_c} not null,
    team_id      uuid         references rosters_team (id),
    active       boolean      not null,
    version      bigint       not null,
    opened_at    timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index rosters_post_page on rosters_post (active, region_path, name_key, id);

create table rosters_post_shift (
    post_id     uuid    not null references rosters_post (id) on delete cascade,
    shift_no    integer not null,
    start_hour  integer not null,
    hours       integer not null,
    constraint rosters_post_shift_key primary key (post_id, shift_no),
    constraint rosters_shift_hours check (start_hour between 0 and 23 and hours between 1 and 24)
);

create table rosters_post_need (
    post_id         uuid         not null references rosters_post (id) on delete cascade,
    shift_no        integer      not null,
    duty_role       varchar(20)  not null,
    headcount       integer      not null,
    qualifications  varchar(200) not null,
    constraint rosters_post_need_key primary key (post_id, shift_no, duty_role),
    constraint rosters_need_headcount check (headcount between 1 and 50)
);

create table rosters_absence (
    id           uuid         not null primary key,
    person_id    uuid         not null references rosters_person (id),
    region_path  varchar(255) ${collate_c} not null,
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    reason       varchar(20)  not null,
    note         varchar(800),
    recorded_at  timestamp with time zone not null,
    constraint rosters_absence_period check (ends_at > starts_at)
);
create index rosters_absence_person on rosters_absence (person_id, starts_at);

-- A seat held by a person. One holder per seat: the unique key below decides between
-- concurrent attempts, whatever the application checked before.
create table rosters_assignment (
    id             uuid         not null primary key,
    post_id        uuid         not null references rosters_post (id),
    duty_date      date         not null,
    shift_no       integer      not null,
    duty_role      varchar(20)  not null,
    seat_no        integer      not null,
    person_id      uuid         not null references rosters_person (id),
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    region_path    varchar(255) ${collate_c} not null,
    assigned_via   varchar(10)  not null,
    assigned_at    timestamp with time zone not null,
    signed_in_at   timestamp with time zone,
    signed_out_at  timestamp with time zone,
    version        bigint       not null,
    constraint rosters_seat_taken unique (post_id, duty_date, shift_no, duty_role, seat_no),
    constraint rosters_assignment_period check (ends_at > starts_at)
);
-- coverage and the solver read a region's duties of some days
create index rosters_assignment_region on rosters_assignment (region_path, duty_date);
-- a person's duty list, and the rest rules around a new duty
create index rosters_assignment_person on rosters_assignment (person_id, starts_at);

-- One row per hour a person is on duty: nobody holds two overlapping seats, because shifts start
-- and end on whole hours and two duties overlap exactly when they share an hour.
create table rosters_duty_hour (
    person_id      uuid not null,
    hour_start     timestamp with time zone not null,
    assignment_id  uuid not null references rosters_assignment (id) on delete cascade,
    constraint rosters_one_duty_at_a_time primary key (person_id, hour_start)
);
create index rosters_duty_hour_assignment on rosters_duty_hour (assignment_id);

-- 交接班: the outgoing leader's note for a shift, acknowledged by the incoming leader.
create table rosters_handover (
    id               uuid          not null primary key,
    post_id          uuid          not null references rosters_post (id),
    duty_date        date          not null,
    shift_no         integer       not null,
    region_path      varchar(255)  ${collate_c} not null,
    note             varchar(4000) not null,
    written_by       uuid          not null references rosters_person (id),
    written_at       timestamp with time zone not null,
    acknowledged_by  uuid          references rosters_person (id),
    acknowledged_at  timestamp with time zone,
    version          bigint        not null,
    constraint rosters_one_handover_per_shift unique (post_id, duty_date, shift_no)
);

-- 纪工委巡查: what a supervisor found at a post, tracked until it is put right and closed.
create table rosters_finding (
    id             uuid          not null primary key,
    post_id        uuid          not null references rosters_post (id),
    region_path    varchar(255)  ${collate_c} not null,
    kind           varchar(40)   not null,
    severity       varchar(10)   not null,
    note           varchar(4000) not null,
    photo_note     varchar(800),
    found_at       timestamp with time zone not null,
    recorded_by    varchar(200)  not null,
    state          varchar(12)   not null,
    rectification  varchar(4000),
    rectified_at   timestamp with time zone,
    rectified_by   varchar(200),
    closed_at      timestamp with time zone,
    closed_by      varchar(200),
    version        bigint        not null
);
create index rosters_finding_page on rosters_finding (region_path, found_at, id);
