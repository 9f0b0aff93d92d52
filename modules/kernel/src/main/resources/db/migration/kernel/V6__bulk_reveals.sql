-- A bulk reveal — a grid's register exported with full ID numbers and phones — is one act: one row
-- whose subject is the whole (the register), with how many values it showed. Bulk reveals are
-- counted against an allowance of their own (a few a day per caller), single ones against the
-- hourly one; kernel_reveal_actor (actor, revealed_at) serves both counts.
alter table kernel_reveal add column value_count integer default 1 not null;
alter table kernel_reveal add column bulk boolean default false not null;
