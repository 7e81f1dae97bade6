-- The completed takedowns a case counts, one row each by takedown id, with what it adds to the totals: the same
-- takedown reaching a case again (a replay under a new event id, or in a case merged into this one) counts once,
-- as case_listing and case_closed_account already make each listing and closed account count once. A merge copies
-- the absorbed case's rows its survivor lacks and recounts the survivor's totals from these tables.
CREATE TABLE case_takedown (
    case_id            TEXT   NOT NULL REFERENCES litigation_case (id),
    takedown_id        TEXT   NOT NULL,
    listing_id         TEXT   NOT NULL,
    seller_id          TEXT   NOT NULL,
    units_held         BIGINT NOT NULL,
    customers_refunded BIGINT NOT NULL,
    PRIMARY KEY (case_id, takedown_id)
);

-- What one counted takedown refunded, per ISO 4217 currency, in minor units.
CREATE TABLE case_takedown_refund (
    case_id     TEXT    NOT NULL,
    takedown_id TEXT    NOT NULL,
    currency    CHAR(3) NOT NULL,
    minor_units BIGINT  NOT NULL,
    PRIMARY KEY (case_id, takedown_id, currency),
    FOREIGN KEY (case_id, takedown_id) REFERENCES case_takedown (case_id, takedown_id)
);

-- Back-fill from the ledgers. The intake counted a takedown in a case exactly when it recorded the TAKEDOWN_RECORD
-- of its event there (recorded by the intake's actor, source event id = the event id); the event's refunds are in
-- the REFUND_RECORD of the same event (<event id>:refund-record). The first record of each takedown is kept.
CREATE TEMPORARY TABLE counted_takedown ON COMMIT DROP AS
SELECT DISTINCT ON (t.case_id, t.content::jsonb ->> 'takedownId')
       t.case_id, t.content::jsonb AS takedown, r.content::jsonb AS refunds
FROM evidence_entry t
LEFT JOIN evidence_entry r ON r.case_id = t.case_id AND r.type = 'REFUND_RECORD'
    AND r.source_event_id = t.source_event_id || ':refund-record'
WHERE t.type = 'TAKEDOWN_RECORD' AND t.recorded_by = '${intake_actor}' AND t.source_event_id IS NOT NULL
  AND t.content::jsonb ->> 'takedownId' IS NOT NULL
ORDER BY t.case_id, t.content::jsonb ->> 'takedownId', t.sequence;

INSERT INTO case_takedown (case_id, takedown_id, listing_id, seller_id, units_held, customers_refunded)
SELECT case_id, takedown ->> 'takedownId', takedown ->> 'listingId', takedown ->> 'sellerId',
       (takedown ->> 'unitsHeld')::BIGINT, coalesce((refunds ->> 'refundsIssued')::BIGINT, 0)
FROM counted_takedown;

-- Minor units as the intake computed them: the amount moved by the JDK's default fraction digits of its currency.
INSERT INTO case_takedown_refund (case_id, takedown_id, currency, minor_units)
SELECT k.case_id, k.takedown ->> 'takedownId', r.refund ->> 'currency',
       sum(((r.refund ->> 'amount')::NUMERIC * power(10::NUMERIC, CASE
           WHEN r.refund ->> 'currency' IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN 3
           WHEN r.refund ->> 'currency' = 'CLF' THEN 4
           WHEN r.refund ->> 'currency' IN ('ADP', 'BEF', 'BIF', 'BYB', 'BYR', 'CLP', 'DJF', 'ESP', 'GNF', 'GRD',
               'ISK', 'ITL', 'JPY', 'KMF', 'KRW', 'LUF', 'MGF', 'PTE', 'PYG', 'ROL', 'RWF', 'TPE', 'TRL', 'UGX',
               'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN 0
           WHEN r.refund ->> 'currency' IN ('XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XFO', 'XFU', 'XPD',
               'XPT', 'XSU', 'XTS', 'XUA', 'XXX') THEN -1
           ELSE 2 END))::BIGINT)
FROM counted_takedown k
CROSS JOIN LATERAL jsonb_array_elements(k.refunds -> 'refunds') AS r (refund)
WHERE k.refunds IS NOT NULL
GROUP BY 1, 2, 3;

-- A survivor of earlier merges counts what the cases merged into it (and into those, before) counted.
INSERT INTO case_takedown (case_id, takedown_id, listing_id, seller_id, units_held, customers_refunded)
WITH RECURSIVE absorbed (survivor_id, case_id) AS (
    SELECT merged_into, id FROM litigation_case WHERE merged_into IS NOT NULL
    UNION
    SELECT a.survivor_id, c.id FROM litigation_case c JOIN absorbed a ON c.merged_into = a.case_id
)
SELECT a.survivor_id, t.takedown_id, t.listing_id, t.seller_id, t.units_held, t.customers_refunded
FROM absorbed a JOIN case_takedown t ON t.case_id = a.case_id
ON CONFLICT DO NOTHING;

INSERT INTO case_takedown_refund (case_id, takedown_id, currency, minor_units)
WITH RECURSIVE absorbed (survivor_id, case_id) AS (
    SELECT merged_into, id FROM litigation_case WHERE merged_into IS NOT NULL
    UNION
    SELECT a.survivor_id, c.id FROM litigation_case c JOIN absorbed a ON c.merged_into = a.case_id
)
SELECT a.survivor_id, r.takedown_id, r.currency, r.minor_units
FROM absorbed a JOIN case_takedown_refund r ON r.case_id = a.case_id
ON CONFLICT DO NOTHING;

-- Every case's totals recounted from its distinct facts (what a merge had counted twice, counted once).
UPDATE litigation_case c
SET listings_confirmed = (SELECT count(*) FROM case_listing l WHERE l.case_id = c.id),
    units_held         = (SELECT coalesce(sum(t.units_held), 0) FROM case_takedown t WHERE t.case_id = c.id),
    customers_refunded = (SELECT coalesce(sum(t.customers_refunded), 0) FROM case_takedown t WHERE t.case_id = c.id),
    accounts_closed    = (SELECT count(*) FROM case_closed_account a WHERE a.case_id = c.id);

DELETE FROM case_refunded_amount;
INSERT INTO case_refunded_amount (case_id, currency, minor_units)
SELECT case_id, currency, sum(minor_units) FROM case_takedown_refund GROUP BY case_id, currency;
