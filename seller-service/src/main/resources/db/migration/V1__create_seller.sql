create table seller (
    id                    text         primary key,
    status                text         not null,
    legal_name            text         not null,
    display_name          text         not null,
    email                 text         not null,
    phone_e164            text         not null,
    country               char(2)      not null,
    address_line1         text         not null,
    address_city          text         not null,
    address_postal_code   text         not null,
    address_country       char(2)      not null,
    -- Clear bank and document data stays out: payouts only need to show which account, checks use hashes.
    iban_last4            text         not null,
    document_type         text         not null,
    document_country      char(2)      not null,
    document_expires_on   date         not null,
    verification_score    integer      not null,
    verification_reasons  jsonb        not null,
    submitted_at          timestamptz  not null,
    decided_at            timestamptz  not null,
    closed_at             timestamptz,
    closure_reason        text,
    closure_reference     text,
    version               integer      not null default 0
);
create index seller_status on seller (status);
create index seller_country on seller (country);
