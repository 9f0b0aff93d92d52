-- A page of people costs a page, not a jurisdiction (kernel KeysetQuery): one index serves the
-- filter (active, region path prefix) and the order (region, then name by pinyin, then id), so a
-- page after a cursor is a short range scan at any depth.
--
-- name_key: the name's collation key (kernel NameOrder), filled by V2_1 for existing rows and
-- kept by the entity afterwards. region_path gets the C collation on PostgreSQL, under which a
-- plain btree serves LIKE '/…/%' and the order alike (no varchar_pattern_ops needed).
alter table rosters_person add column name_key bytea;
${pg_only} alter table rosters_person alter column region_path type varchar(255) collate "C";
drop index rosters_person_scope;
create index rosters_person_page on rosters_person (active, region_path, name_key, id);

-- A name of 50 characters may need 100 UTF-16 units (H2 counts those); the API allows 50
-- characters (kernel NameText counts code points), the column takes the 100 it may need.
alter table rosters_person alter column name set data type varchar(100);
