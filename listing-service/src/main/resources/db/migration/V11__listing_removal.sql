-- A removed listing remembers the status it had, to give it back on reinstatement, and why it is down.
alter table listing
    add column status_before_removal text,
    add column removal_reason        text,
    add column removal_reference     text,
    add column removed_by            text,
    add column removed_at            timestamptz;

-- Removals and reinstatements, append-only: who, when, why and on what record.
create sequence listing_action_id_seq increment by 50;
create table listing_action (
    id            bigint primary key,
    listing_id    text not null references listing (id),
    action        text not null,
    reason        text not null,
    reference     text not null,
    actor         text not null,
    acted_at      timestamptz not null,
    status_before text not null,
    status_after  text not null
);
create index listing_action_by_listing on listing_action (listing_id, acted_at, id);

-- A seller's live and held listings: what a change of its standing re-screens and its closure removes.
create index listing_live_by_seller on listing (seller_id, id) where status in ('PUBLISHED', 'HELD');
