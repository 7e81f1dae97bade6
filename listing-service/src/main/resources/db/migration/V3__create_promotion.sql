-- Off-platform posts promoting listings: evidence, and the account behind them a potential defendant.
create table promotion (
    id               text primary key,
    platform         text not null,
    post_url         text,
    account_handle   text,
    claimed_brand_id text references brand (id),
    caption          text,
    posted_at        timestamptz,
    reported_by      text not null,
    reporting_brand_id text references brand (id),
    reported_at      timestamptz not null
);

create table promotion_listing (
    promotion_id text not null references promotion (id),
    listing_id   text not null references listing (id),
    primary key (promotion_id, listing_id)
);
create index promotion_listing_by_listing on promotion_listing (listing_id);
