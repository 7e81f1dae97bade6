-- The identity legal staff and litigation-service read: the tax id as the application gave it (enforcement and
-- tax reporting need it in clear) and the document number's last four characters (the number itself stays a
-- hash). Accounts opened before this migration answer null for both.
alter table seller add column tax_id text;
alter table seller add column document_number_last4 text;

-- Every read of a seller's identity: personal data, so who read whose and why is kept (append-only).
create table identity_read (
    id         bigserial    primary key,
    seller_id  text         not null references seller (id),
    read_by    text         not null,
    purpose    text,
    read_at    timestamptz  not null
);
create index identity_read_seller on identity_read (seller_id, read_at);

create function identity_read_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'identity_read is append-only';
end $$;
create trigger identity_read_no_change before update or delete on identity_read
    for each row execute function identity_read_append_only();
