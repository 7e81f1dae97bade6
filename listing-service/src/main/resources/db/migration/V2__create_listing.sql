create table listing (
    id                text primary key,
    seller_id         text not null,
    title             text not null,
    description       text,
    brand_field       text,
    category          text not null,
    price_amount      numeric(19, 4) not null,
    price_currency    char(3) not null,
    quantity          integer not null,
    image_hashes      jsonb not null default '[]',
    status            text not null,
    score             integer not null,
    signals           jsonb not null default '[]',
    brand_ids         jsonb not null default '[]',
    screened_at       timestamptz not null,
    -- a moderator's verdict pins the outcome: re-screening only overrides it on stronger evidence
    verdict           text,
    cleared_score     integer,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           integer not null default 0
);
create index listing_by_seller on listing (seller_id, created_at desc);
create index listing_by_status on listing (status, created_at desc);

-- Every image of every listing, for "which live listings show this image" when a counterfeit is confirmed.
create table listing_image (
    listing_id text not null references listing (id),
    hash       bigint not null,
    primary key (listing_id, hash)
);

-- Moderators' verdicts, append-only: who decided what, when and why.
create table listing_decision (
    id              bigserial primary key,
    listing_id      text not null references listing (id),
    verdict         text not null,
    note            text,
    decided_by      text not null,
    decided_at      timestamptz not null,
    status_before   text not null,
    status_after    text not null,
    score           integer not null,
    signals         jsonb not null default '[]'
);
create index listing_decision_by_listing on listing_decision (listing_id, id);

-- Confirmed counterfeits as relisting detection remembers them: their words and images.
create table counterfeit_fingerprint (
    listing_id   text primary key,
    seller_id    text not null,
    brand_ids    jsonb not null default '[]',
    title        text not null,
    words        jsonb not null default '[]',
    image_hashes jsonb not null default '[]',
    confirmed_at timestamptz not null
);
