-- Citizen requests (民呼必应): received, routed to the place's grid worker with a deadline by
-- urgency, accepted, worked on, resolved, called back with the citizen's satisfaction. Overdue is
-- computed when read (past the deadline, not resolved), and shown to the grid leader.
create table grids_request (
    id              uuid         not null primary key,
    place_code      varchar(15)  not null,
    region_path     varchar(255) ${collate_c} not null,
    requester       varchar(200) not null,
    phone           varchar(200),
    category        varchar(15)  not null,
    urgency         varchar(10)  not null,
    content         varchar(1000) not null,
    location        varchar(200),
    assignee        uuid,
    state           varchar(10)  not null,
    received_at     timestamp with time zone not null,
    due_at          timestamp with time zone not null,
    accepted_at     timestamp with time zone,
    resolved_at     timestamp with time zone,
    resolution      varchar(1000),
    called_back_at  timestamp with time zone,
    satisfaction    integer,
    received_by     varchar(100) not null,
    version         bigint       not null
);
create index grids_request_page on grids_request (region_path, received_at, id);

create table grids_request_note (
    request_id  uuid          not null references grids_request (id) on delete cascade,
    seq         integer       not null,
    note        varchar(1000) not null,
    written_by  varchar(100)  not null,
    written_at  timestamp with time zone not null,
    primary key (request_id, seq)
);
