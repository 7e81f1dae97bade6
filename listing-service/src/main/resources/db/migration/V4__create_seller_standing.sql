-- A local projection of seller-service's accounts, from seller.* events (or read through on a miss).
-- changed_at is the event's time: an older event never overwrites a newer standing.
create table seller_standing (
    seller_id  text primary key,
    status     text not null,
    changed_at timestamptz not null,
    source     text not null
);
