-- Brand names are unique whatever their case or accents: name_key is the name folded the way brand keys are
-- (a renamed brand keeps its key, so the key alone cannot tell).
alter table brand
    add column name_key                      text,
    add column removal_privilege_granted_at  timestamptz,
    add column removal_privilege_suspended_at timestamptz,
    add column removal_privilege_suspension  text;
update brand set name_key = key;
update brand set removal_privilege_granted_at = created_at where self_service_removal;
alter table brand alter column name_key set not null;
create unique index brand_name_key on brand (name_key);

-- Every change of a brand's self-service removal privilege: granted, withdrawn or suspended, who, when and why.
create table brand_privilege_change (
    id         bigserial primary key,
    brand_id   text not null references brand (id),
    change     text not null,
    reason     text not null,
    actor      text not null,
    changed_at timestamptz not null
);
create index brand_privilege_change_by_brand on brand_privilege_change (brand_id, changed_at, id);

-- A partner's own change to what screening protects waits here until staff approve or reject it.
create table brand_change (
    id          text primary key,
    brand_id    text not null references brand (id),
    details     jsonb not null,
    status      text not null,
    proposed_by text not null,
    proposed_at timestamptz not null,
    decided_by  text,
    decided_at  timestamptz,
    note        text
);
create unique index brand_change_one_pending on brand_change (brand_id) where status = 'PENDING';
create index brand_change_by_status on brand_change (status, proposed_at, id);
