-- Brands staff designated trusted flaggers (DSA Art. 22): their reports go to the front of the review queue.
-- Kept apart from `brand`, so that designating one never looks like a change of what screening protects.
create table trusted_flagger (
    brand_id      text primary key references brand (id),
    designated_by text not null,
    designated_at timestamptz not null
);

-- Every designation and withdrawal, append-only: who, when, why.
create table trusted_flagger_change (
    id              bigserial primary key,
    brand_id        text not null references brand (id),
    trusted_flagger boolean not null,
    note            text not null,
    changed_by      text not null,
    changed_at      timestamptz not null
);
create index trusted_flagger_change_by_brand on trusted_flagger_change (brand_id, id);
