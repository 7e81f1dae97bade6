-- Identity attributes as keyed hashes (HMAC-SHA256), looked up by equality through the primary key's prefix.
create extension if not exists pg_trgm;

create table seller_identity (
    seller_id   text   not null references seller (id),
    kind        text   not null,
    value_hash  bytea  not null,
    primary key (kind, value_hash, seller_id)
);
create index seller_identity_seller on seller_identity (seller_id);

alter table seller add column display_name_norm text not null default '';
alter table seller alter column display_name_norm drop default;
alter table seller add column decided_by text;
alter table seller add column decision_note text;
create index seller_submitted_at on seller (submitted_at);
-- Look-alike shop names are searched among closed and suspended accounts only: a small, indexed slice however
-- many sellers there are.
create index seller_barred_name_trgm on seller using gin (display_name_norm gin_trgm_ops)
    where status in ('CLOSED', 'SUSPENDED');
create index seller_name on seller (lower(display_name) text_pattern_ops);

-- The denylist holds identities (what may never sell again), not accounts; an entry may name the account it came from.
alter table denylist_entry add column kind text;
alter table denylist_entry add column value_hash bytea;
alter table denylist_entry add column created_by text;
delete from denylist_entry;
alter table denylist_entry alter column kind set not null;
alter table denylist_entry alter column value_hash set not null;
alter table denylist_entry drop column name;
create index denylist_entry_identity on denylist_entry (kind, value_hash);
create unique index denylist_entry_once on denylist_entry (kind, value_hash, source);

-- Every decision on an account, automatic or by a person, for audit.
create table seller_decision (
    id          bigserial    primary key,
    seller_id   text         not null references seller (id),
    status      text         not null,
    score       integer      not null,
    reasons     jsonb        not null,
    actor       text         not null,
    note        text,
    decided_at  timestamptz  not null
);
create index seller_decision_seller on seller_decision (seller_id, decided_at);
