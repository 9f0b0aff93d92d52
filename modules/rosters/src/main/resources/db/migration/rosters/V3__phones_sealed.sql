-- Phones are sealed at rest (kernel Sealed: AES-GCM, "enc:v1:…", about 60 characters); V3_1
-- seals the ones stored before.
alter table rosters_person alter column phone set data type varchar(100);
