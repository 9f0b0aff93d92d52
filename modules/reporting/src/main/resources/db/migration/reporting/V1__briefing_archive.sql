-- The daily briefings as they were sent: one per region, day and language, written once by the
-- morning run (or a run an administrator asks for), never changed. The files are kept whole with
-- their SHA-256, so a past briefing is fetched exactly as it went out.
create table reporting_briefing (
    id            uuid                     not null primary key,
    region_code   varchar(15)              not null,
    region_path   varchar(255)             not null,
    briefing_day  date                     not null,
    language      varchar(2)               not null,
    data_as_of    timestamp with time zone not null,
    generated_at  timestamp with time zone not null,
    generated_by  varchar(100)             not null,
    pdf           bytea                    not null,
    pdf_sha256    varchar(64)              not null,
    xlsx          bytea                    not null,
    xlsx_sha256   varchar(64)              not null,
    constraint reporting_one_briefing_a_day unique (region_code, briefing_day, language)
);

-- the archive of a jurisdiction, newest day first
create index reporting_briefing_by_day on reporting_briefing (briefing_day, region_path);
