-- Screening policy (筛查政策) as versioned data. A version holds a region's rules from its effective
-- time on; it applies in the region and in every place below it that has no version of its own in
-- force. Versions are never changed: a new one takes over at its time, and every inspection records
-- the version that judged it. The version in force for a place at a time is the latest version
-- effective by then of the nearest region on its path that has one: one look-up on
-- (region_path, effective_from) for the place's path and its ancestors'.
create table checkpoints_policy (
    id                   uuid          not null primary key,
    region_code          varchar(15)   not null,
    region_path          varchar(255)  ${collate_c} not null,
    effective_from       timestamp with time zone not null,
    -- a yellow or red health code is not released
    green_code_required  boolean       not null,
    -- an itinerary through a risk area fewer than this many days ago is tested on site; null: not checked
    risk_area_days       integer,
    -- travellers from test_origins need a nucleic-acid proof younger than this; null: no test asked for
    test_max_age_hours   integer,
    -- division code prefixes (GB/T 2260, 2, 4 or 6 digits: 31 Shanghai, 3301 Hangzhou), comma-separated
    test_origins         varchar(700),
    -- from this temperature (℃) on, not released
    fever_from           numeric(3, 1) not null,
    note                 varchar(200)  not null,
    issued_by            varchar(100)  not null,
    issued_at            timestamp with time zone not null,
    version              bigint        not null,
    constraint checkpoints_policy_one_per_time unique (region_code, effective_from),
    constraint checkpoints_policy_risk_area_days
        check (risk_area_days is null or risk_area_days between 1 and 60),
    constraint checkpoints_policy_test_max_age
        check (test_max_age_hours is null or test_max_age_hours between 1 and 168),
    constraint checkpoints_policy_test_rule_whole
        check ((test_max_age_hours is null and test_origins is null)
            or (test_max_age_hours is not null and test_origins is not null)),
    constraint checkpoints_policy_fever_from check (fever_from between 37.0 and 38.5)
);
create index checkpoints_policy_in_force on checkpoints_policy (region_path, effective_from);
