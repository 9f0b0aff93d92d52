-- Lists are kept to a jurisdiction by a range on the region path (path >= '/a/b/' and
-- path < '/a/b0'), one mechanism for every table (kernel KeysetQuery.within). A range holds exactly
-- the paths within only in byte order, and is an index bound in any plan (LIKE with a parameter is
-- not, in a prepared statement's generic plan): on PostgreSQL the path columns take the C
-- collation, and the audit's index needs no pattern operator class any more. H2 compares by code
-- point already.
${pg_only} alter table kernel_region alter column path type varchar(255) collate "C";
${pg_only} drop index kernel_audit_scope;
${pg_only} alter table kernel_audit alter column subject_region_path type varchar(255) collate "C";
${pg_only} create index kernel_audit_scope on kernel_audit (subject_region_path, recorded_at);
