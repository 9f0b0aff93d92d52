-- Cumulative figures read in a time that does not grow with the history: each tally row also
-- holds the totals of its series (a checkpoint's inspections of one subject, vehicle kind and
-- outcome) up to and including its day and shift. The figures from S to D are then the totals of
-- the series' last row on or before D less those of its last row before S: two index look-ups per
-- series, whether the history is a week or a year.
alter table checkpoints_tally add column inspections_to_date bigint default 0 not null;
alter table checkpoints_tally add column people_to_date bigint default 0 not null;
-- counted by V5_1; every writer gives them from now on
alter table checkpoints_tally alter column inspections_to_date drop default;
alter table checkpoints_tally alter column people_to_date drop default;

-- the key in series order, so that a series' rows before a day are one range of the index
alter table checkpoints_tally drop constraint checkpoints_one_tally;
alter table checkpoints_tally add constraint checkpoints_one_tally
    primary key (checkpoint_id, subject, vehicle_kind, outcome, duty_day, shift_no);

-- The series: the totals to date, the day of its first row and the day and shift of its last. The
-- figures from S to D need no look-up at all when the series began on or after S and its last row
-- is on or before D (a briefing's usual "since the campaign began, up to today"). A transaction that counts
-- into a series locks this row first, so that a row inserted after the last one starts from the
-- right totals, and an inspection counted late (a device that was offline) adds to every row
-- after its own without another transaction inserting one meanwhile.
create table checkpoints_tally_series (
    checkpoint_id  uuid          not null references checkpoints_checkpoint (id),
    subject        varchar(10)   not null,
    vehicle_kind   varchar(10)   not null,
    outcome        varchar(24)   not null,
    region_path    varchar(255)  ${collate_c} not null,
    first_day      date          not null,
    last_day       date          not null,
    last_shift     integer       not null,
    inspections    bigint        not null,
    people         bigint        not null,
    constraint checkpoints_one_tally_series
        primary key (checkpoint_id, subject, vehicle_kind, outcome)
);
create index checkpoints_tally_series_region on checkpoints_tally_series (region_path);
