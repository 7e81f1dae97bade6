-- Why a takedown was REVERSED: a granted appeal here, or a counter-notice upheld in listing-service.
ALTER TABLE takedown
    ADD COLUMN reversal_cause     TEXT,        -- APPEAL_GRANTED, COUNTER_NOTICE_UPHELD; null unless REVERSED
    ADD COLUMN reversal_reference TEXT,        -- the appeal id or the counter-notice id
    ADD COLUMN reversed_by        TEXT,        -- the trust admin or the reviewer
    ADD COLUMN reversed_at        TIMESTAMPTZ;

-- Until now only a granted appeal reversed a takedown: say so for those reversed already.
UPDATE takedown t
SET reversal_cause = 'APPEAL_GRANTED', reversal_reference = a.id, reversed_by = a.decided_by,
    reversed_at = a.decided_at
FROM appeal a
WHERE a.takedown_id = t.id AND a.status = 'GRANTED' AND t.status = 'REVERSED';

-- A counter-notice upheld in listing-service (which reinstated the listing itself): the takedown's reversal here,
-- once per takedown. It waits while the takedown's runner still works on it; then the local reversal, and the
-- account's reinstatement in seller-service, run by the reversal runner with retries.
CREATE TABLE counter_notice_reversal (
    takedown_id         TEXT PRIMARY KEY REFERENCES takedown (id),
    counter_notice_id   TEXT        NOT NULL,
    listing_id          TEXT        NOT NULL,
    seller_id           TEXT        NOT NULL,
    reviewer            TEXT        NOT NULL,
    listing_back_at     TIMESTAMPTZ NOT NULL, -- when listing-service reinstated the listing
    received_at         TIMESTAMPTZ NOT NULL,
    takedown_reversed_at TIMESTAMPTZ,        -- null while the takedown's runner still works on it
    inventory_outcome   TEXT,                 -- RELEASED, ALREADY_DESTROYED, NONE_HELD
    -- The takedown's runner removed the listing after listing-service had put it back: this reversal asks for it back.
    listing_removed_again BOOLEAN     NOT NULL DEFAULT false,
    listing_reinstated_at TIMESTAMPTZ,
    account_outcome     TEXT,                 -- REINSTATED, KEPT_CLOSED, NOT_CLOSED; null until settled
    attempts            INTEGER     NOT NULL DEFAULT 0,
    last_error          TEXT,
    due_at              TIMESTAMPTZ,          -- null: nothing due by itself (done, or waiting for staff)
    done_at             TIMESTAMPTZ
);

CREATE INDEX counter_notice_reversal_due ON counter_notice_reversal (due_at) WHERE done_at IS NULL;
