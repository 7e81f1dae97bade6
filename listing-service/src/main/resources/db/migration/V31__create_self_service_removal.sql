-- A brand's own removals (self-service): the request with its reason and evidence, and each listing it named,
-- removed or refused with why; an overturned removal (granted appeal, upheld counter-notice) says so and counts
-- against the brand's overturn rate.
create table self_service_removal (
    id           text primary key,
    brand_id     text not null references brand (id),
    reason       text not null,
    evidence     jsonb,
    requested_by text not null,
    requested_at timestamptz not null
);
create index self_service_removal_by_brand on self_service_removal (brand_id, requested_at desc, id);

create table self_service_removal_item (
    id              bigserial primary key,
    removal_id      text not null references self_service_removal (id),
    position        integer not null,
    brand_id        text not null,
    listing_id      text not null,
    status          text not null,
    refusal         text,
    refusal_detail  text,
    removed_at      timestamptz,
    overturned_at   timestamptz,
    overturned_by   text,
    unique (removal_id, position)
);
create index self_service_removal_item_by_listing on self_service_removal_item (listing_id);
create index self_service_removal_item_removed_by_brand on self_service_removal_item (brand_id, removed_at)
    where status in ('REMOVED', 'OVERTURNED');
