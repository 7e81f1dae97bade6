-- The brand registry: what each brand protects and who may sell it. Lists are JSON: they are read and written
-- whole with the brand, and screening loads every brand into memory anyway.
create table brand (
    id                   text primary key,
    key                  text not null unique,
    name                 text not null,
    aliases              jsonb not null default '[]',
    protected_terms      jsonb not null default '[]',
    trademarks           jsonb not null default '[]',
    products             jsonb not null default '[]',
    authorized_sellers   jsonb not null default '[]',
    self_service_removal boolean not null default false,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer not null default 0
);

-- Partner API keys: only a SHA-256 of the secret is kept; the key id is the public half a partner quotes.
create table brand_api_key (
    id           text primary key,
    brand_id     text not null references brand (id),
    secret_hash  bytea not null,
    created_at   timestamptz not null,
    created_by   text not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);
create index brand_api_key_by_brand on brand_api_key (brand_id);
