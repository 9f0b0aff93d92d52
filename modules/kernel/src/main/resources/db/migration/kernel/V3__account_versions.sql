-- Accounts are administered over the API (admin/accounts): a version for If-Match, and when each
-- was opened and last changed. Rows from before this migration get its time. The defaults stay:
-- demo data (db/demo, applied after every migration) inserts accounts without these columns.
alter table kernel_account add column version bigint default 0 not null;
alter table kernel_account add column created_at timestamp with time zone default current_timestamp not null;
alter table kernel_account add column updated_at timestamp with time zone default current_timestamp not null;

-- An account's principal (up to 100 characters) is the subject of its audit entries.
alter table kernel_audit alter column subject_id set data type varchar(100);
