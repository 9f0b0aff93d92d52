-- The returnee ledger (返乡人员台账): one entry per person, matched by the ID number's blind index
-- (keyed hash; the number itself is sealed), however many sources register them.
create table grids_returnee (
    id                 uuid         not null primary key,
    stay_code          varchar(15)  not null,
    region_path        varchar(255) ${collate_c} not null,
    name               varchar(100) not null,
    name_key           bytea        not null,
    id_number          varchar(200) not null,
    id_number_index    varchar(64)  not null,
    phone              varchar(200),
    arrived_on         date         not null,
    travel_mode        varchar(10)  not null,
    travel             varchar(600),
    through_risk_area  boolean      not null,
    version            bigint       not null,
    registered_at      timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint grids_one_returnee_per_id_number unique (id_number_index)
);
create index grids_returnee_page on grids_returnee (region_path, arrived_on, id);

-- Each source that registered the returnee, once per source record.
create table grids_returnee_registration (
    returnee_id    uuid         not null references grids_returnee (id) on delete cascade,
    source         varchar(15)  not null,
    reference      varchar(64)  not null,
    registered_by  varchar(100) not null,
    registered_at  timestamp with time zone not null,
    primary key (returnee_id, source, reference)
);

-- Test results: the outcome is sealed (kernel TestOutcomeConverter).
create table grids_returnee_test (
    id           uuid         not null primary key,
    returnee_id  uuid         not null references grids_returnee (id) on delete cascade,
    taken_on     date         not null,
    kind         varchar(15)  not null,
    outcome      varchar(200) not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamp with time zone not null
);
create index grids_returnee_test_returnee on grids_returnee_test (returnee_id, taken_on);
