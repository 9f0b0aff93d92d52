-- A register spreadsheet's import, from upload to outcome: state and progress for the grid worker
-- who waits on it, the counts, and the rows it kept out (at most 1,000 listed).
create table grids_register_import (
    id             uuid         not null primary key,
    grid_code      varchar(15)  not null,
    region_path    varchar(255) ${collate_c} not null,
    file_name      varchar(200),
    all_or_nothing boolean      not null,
    state          varchar(12)  not null,
    rows_read      integer      not null,
    rows_rejected  integer      not null,
    added          integer      not null,
    updated        integer      not null,
    unchanged      integer      not null,
    failure        varchar(200),
    created_by     varchar(100) not null,
    created_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    version        bigint       not null
);
create index grids_register_import_region on grids_register_import (region_path, created_at);

create table grids_register_import_error (
    import_id   uuid         not null references grids_register_import (id) on delete cascade,
    seq         integer      not null,
    row_no      integer      not null,
    column_name varchar(40)  not null,
    message_zh  varchar(200) not null,
    message_en  varchar(200) not null,
    primary key (import_id, seq)
);
