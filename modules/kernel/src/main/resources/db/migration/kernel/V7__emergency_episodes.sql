-- Emergency episodes (应急响应期): a region's response to an outbreak, opened and closed by its
-- command. What was recorded of people within the region while it lasted is purged once the
-- retention period after its close has passed (kernel RetentionPurge, once per cluster).
create table kernel_episode (
    id            uuid         not null primary key,
    region_code   varchar(15)  not null,
    region_path   varchar(255) ${collate_c} not null,
    name          varchar(100) not null,
    opened_on     date         not null,
    opened_by     varchar(200) not null,
    closed_on     date,
    closed_by     varchar(200),
    -- the first day the purge may run: closed_on + the retention period, fixed at closing
    purge_due_on  date,
    purged_at     timestamp with time zone,
    -- what the purge did, by kind of record: "checkpoints.inspected-people=12, …" (counts only)
    purge_report  varchar(2000),
    -- the region while the episode is open, null after: one open episode per region
    open_region   varchar(15),
    version       bigint       not null,
    constraint kernel_one_open_episode unique (open_region),
    constraint kernel_episode_closed_after_opened check (closed_on is null or closed_on >= opened_on)
);
create index kernel_episode_scope on kernel_episode (region_path, opened_on);
create index kernel_episode_due on kernel_episode (purge_due_on);
