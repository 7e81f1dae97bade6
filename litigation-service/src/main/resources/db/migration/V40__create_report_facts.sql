-- The yearly brand-protection report's own projection of other services' events: one row per fact an event
-- states (a violation report naming 3 listings is 3 rows), dated by the event's own occurrence time. The inbox
-- makes a re-delivered event a no-op; the primary key and the partial unique index make a fact written twice
-- (the same event id, or the same refund or inventory hold announced again under a new event id) count once.
CREATE TABLE report_fact (
    event_id    TEXT        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('SELLER_REJECTED', 'SELLER_CLOSED', 'LISTING_BLOCKED',
                                                      'LISTING_REMOVED', 'LISTING_REPORTED', 'INVENTORY_HELD',
                                                      'REFUND_ISSUED')),
    -- what the fact counts: a seller id, a listing id, a takedown id (inventory) or a refund id
    subject_id  TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    -- units held, or a refund's amount in minor units of currency
    quantity    BIGINT      NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    currency    CHAR(3),
    -- the refunded customer ("customer:<id>", or "order:<id>" when the event names no customer)
    party       TEXT,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, subject_id),
    CHECK ((kind = 'REFUND_ISSUED') = (currency IS NOT NULL AND party IS NOT NULL))
);

CREATE UNIQUE INDEX report_fact_once ON report_fact (kind, subject_id)
    WHERE kind IN ('REFUND_ISSUED', 'INVENTORY_HELD');
CREATE INDEX report_fact_by_time ON report_fact (kind, occurred_at);
CREATE INDEX report_fact_by_subject ON report_fact (subject_id, kind, occurred_at);

-- The legal figures are read from the service's own tables by date.
CREATE INDEX civil_filing_filed_on ON civil_filing (filed_on);
CREATE INDEX criminal_referral_referred_at ON criminal_referral (referred_at);
CREATE INDEX case_outcome_entered_on ON case_outcome (entered_on);
