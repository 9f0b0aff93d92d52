-- Home health management: home isolation, home observation, daily health monitoring. A person has
-- at most one open case: open_key holds the ID number's blind index while the case is open, and
-- is cleared when it ends (a unique column; NULLs do not collide).
create table grids_home_case (
    id               uuid         not null primary key,
    place_code       varchar(15)  not null,
    region_path      varchar(255) ${collate_c} not null,
    kind             varchar(20)  not null,
    name             varchar(100) not null,
    name_key         bytea        not null,
    id_number        varchar(200) not null,
    id_number_index  varchar(64)  not null,
    phone            varchar(200),
    starts_on        date         not null,
    ends_on          date         not null,
    visit_every      integer      not null,
    test_days        varchar(100) not null,
    state            varchar(10)  not null,
    ended_on         date,
    end_reason       varchar(200),
    extended_days    integer      not null,
    source           varchar(30)  not null,
    reference        varchar(64)  not null,
    open_key         varchar(64),
    opened_by        varchar(100) not null,
    opened_at        timestamp with time zone not null,
    version          bigint       not null,
    constraint grids_one_open_case_per_person unique (open_key)
);
create index grids_home_case_page on grids_home_case (region_path, starts_on, id);
create index grids_home_case_person on grids_home_case (id_number_index);

-- A visit on a day: what was found (sealed), whether a test was taken and the door seal intact.
create table grids_case_visit (
    id           uuid         not null primary key,
    case_id      uuid         not null references grids_home_case (id) on delete cascade,
    visited_on   date         not null,
    test_taken   boolean      not null,
    seal_intact  boolean      not null,
    fever        boolean      not null,
    observation  varchar(600),
    recorded_by  varchar(100) not null,
    recorded_at  timestamp with time zone not null,
    constraint grids_one_visit_a_day unique (case_id, visited_on)
);
