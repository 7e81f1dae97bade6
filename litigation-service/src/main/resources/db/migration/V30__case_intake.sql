-- The case intake: cases fed from enforcement events, their totals, and the facts remembered until a case exists.

-- Totals kept up to date from the events (a re-delivered event changes none of them: see the intake).
ALTER TABLE litigation_case
    ADD COLUMN listings_confirmed INT    NOT NULL DEFAULT 0,
    ADD COLUMN units_held         BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN customers_refunded BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN accounts_closed    INT    NOT NULL DEFAULT 0;

-- What was refunded to the case's customers, per ISO 4217 currency, in minor units.
CREATE TABLE case_refunded_amount (
    case_id     TEXT    NOT NULL REFERENCES litigation_case (id),
    currency    CHAR(3) NOT NULL,
    minor_units BIGINT  NOT NULL,
    PRIMARY KEY (case_id, currency)
);

-- The confirmed counterfeit listings of a case: counted once each, and where a promotion's listings lead.
CREATE TABLE case_listing (
    case_id    TEXT NOT NULL REFERENCES litigation_case (id),
    listing_id TEXT NOT NULL,
    seller_id  TEXT NOT NULL,
    PRIMARY KEY (case_id, listing_id)
);

CREATE INDEX case_listing_listing ON case_listing (listing_id);

-- The sellers of a case whose account was closed: counted once each.
CREATE TABLE case_closed_account (
    case_id   TEXT NOT NULL REFERENCES litigation_case (id),
    seller_id TEXT NOT NULL,
    PRIMARY KEY (case_id, seller_id)
);

-- Every seller.closed seen (a closure stays true for the opening rule, whenever the confirmation comes).
CREATE TABLE seller_closure (
    seller_id TEXT PRIMARY KEY,
    event_id  TEXT        NOT NULL,
    reason    TEXT        NOT NULL,
    reference TEXT,
    closed_at TIMESTAMPTZ NOT NULL
);

-- Facts that arrived before their case: a confirmation waiting for its seller's closure, a takedown or a promotion
-- waiting for the case of its brand. The later fact that opens (or reaches) the case applies them and removes them.
CREATE TABLE intake_pending_fact (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        TEXT        NOT NULL,
    seller_id   TEXT,
    listing_id  TEXT,
    brand_id    TEXT,
    event_id    TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    UNIQUE NULLS NOT DISTINCT (kind, event_id, brand_id, listing_id)
);

CREATE INDEX intake_pending_fact_seller ON intake_pending_fact (seller_id, brand_id);
CREATE INDEX intake_pending_fact_listing ON intake_pending_fact (listing_id);
