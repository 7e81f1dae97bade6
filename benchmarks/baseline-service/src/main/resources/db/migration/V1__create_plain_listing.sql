create table plain_listing (
    id             uuid primary key,
    seller_id      text not null,
    title          text not null,
    category       text not null,
    price_amount   numeric(19, 4) not null,
    price_currency text not null,
    quantity       integer not null,
    created_at     timestamptz not null
);
