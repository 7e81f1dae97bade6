-- The ledger of the marketplace's orders: what a takedown refunds. Money in minor units of its ISO 4217 currency.
CREATE TABLE marketplace_order (
    order_id          TEXT PRIMARY KEY,
    listing_id        TEXT        NOT NULL,
    customer_id       TEXT        NOT NULL,
    quantity          INTEGER     NOT NULL CHECK (quantity > 0),
    amount_minor      BIGINT      NOT NULL CHECK (amount_minor > 0),
    currency          CHAR(3)     NOT NULL,
    ordered_at        TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    status_changed_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX marketplace_order_listing ON marketplace_order (listing_id, ordered_at, order_id);
