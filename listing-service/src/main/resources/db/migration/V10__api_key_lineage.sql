-- Which API key a key was issued with (a partner's token names it); null when staff issued it. Revoking a key
-- revokes every key issued with it, so a holder of a leaked key cannot keep access through a key it made.
alter table brand_api_key add column created_by_key text references brand_api_key (id);
create index brand_api_key_by_creating_key on brand_api_key (created_by_key) where created_by_key is not null;
