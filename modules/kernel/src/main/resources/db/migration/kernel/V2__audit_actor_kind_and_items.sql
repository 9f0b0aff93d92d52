-- Who acted: a person (USER), another system (INTEGRATION, a JWT) or the application's own
-- scheduled work (SYSTEM), so that a JWT upn equal to a registry user's name is told apart.
alter table kernel_audit add column actor_kind varchar(16) default 'USER' not null;

-- A bulk action (a device batch) is one entry listing the records it touched.
alter table kernel_audit add column item_type varchar(60);
alter table kernel_audit add column item_count integer default 0 not null;

create table kernel_audit_item (
    audit_id  uuid        not null references kernel_audit (id),
    item_id   varchar(64) not null,
    item_type varchar(60) not null,
    primary key (audit_id, item_id)
);
-- "what happened to this record?" finds the bulk entries that list it
create index kernel_audit_item_item on kernel_audit_item (item_id);
