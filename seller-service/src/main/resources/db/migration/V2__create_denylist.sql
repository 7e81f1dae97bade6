-- Who may never sell again, and on whose word (a court case, a trust-admin decision).
create table denylist_entry (
    id          bigserial    primary key,
    seller_id   text         references seller (id),
    name        text,
    source      text         not null,
    reason      text         not null,
    created_at  timestamptz  not null default now()
);
create index denylist_entry_seller on denylist_entry (seller_id);
