-- Automatic rostering jobs and their proposals. A proposal row per seat of the job's problem:
-- the solver's pick (or none, with the reason) and who held the seat when the job started.
create table rosters_roster_job (
    id                 uuid         not null primary key,
    region_code        varchar(15)  not null,
    region_path        varchar(255) ${collate_c} not null,
    from_date          date         not null,
    to_date            date         not null,
    state              varchar(12)  not null,
    seats_total        integer      not null,
    seats_filled       integer      not null,
    people             integer      not null,
    best_score         varchar(100),
    hard_breaks        integer      not null,
    stopped_early      boolean      not null,
    feasible_after_ms  bigint,
    moves_per_second   bigint       not null,
    started_by         varchar(200) not null,
    created_at         timestamp with time zone not null,
    solving_since      timestamp with time zone,
    finished_at        timestamp with time zone,
    decided_by         varchar(200),
    decided_at         timestamp with time zone,
    failure            varchar(200),
    version            bigint       not null
);
create index rosters_roster_job_page on rosters_roster_job (region_path, created_at, id);

create table rosters_proposed_seat (
    job_id           uuid        not null references rosters_roster_job (id) on delete cascade,
    seat_index       integer     not null,
    post_id          uuid        not null,
    duty_date        date        not null,
    shift_no         integer     not null,
    duty_role        varchar(20) not null,
    seat_no          integer     not null,
    person_id        uuid,
    basis_person_id  uuid,
    unfilled_reason  varchar(40),
    constraint rosters_proposed_seat_key primary key (job_id, seat_index)
);
