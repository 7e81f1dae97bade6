-- Since when a listing has been HELD (null when it is not): how long it has waited for a moderator.
alter table listing add column held_since timestamptz;
update listing set held_since = screened_at where status = 'HELD';

-- A moderator's lease on a queued listing. One row per listing: the primary key is what keeps two moderators
-- from holding the same item; a lease past expires_at is nobody's and the next claim takes it over.
create table review_lease (
    listing_id text primary key references listing (id),
    moderator  text not null,
    claimed_at timestamptz not null,
    expires_at timestamptz not null
);
create index review_lease_by_moderator on review_lease (moderator);

-- A verdict of OTHER_INFRINGEMENT says which right; a verdict taken under a lease says when it was claimed.
alter table listing_decision
    add column infringement_type text,
    add column claimed_at        timestamptz;
