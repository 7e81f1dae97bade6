-- A takedown's refund of one order. The row is committed before the provider is asked, and UNIQUE (order_id) makes
-- it the one refund an order can ever have: every provider call for it carries its idempotency_key.
CREATE TABLE refund (
    id                  UUID PRIMARY KEY,
    takedown_id         TEXT        NOT NULL,
    order_id            TEXT        NOT NULL UNIQUE REFERENCES marketplace_order (order_id),
    listing_id          TEXT        NOT NULL,
    customer_id         TEXT        NOT NULL,
    amount_minor        BIGINT      NOT NULL CHECK (amount_minor > 0),
    currency            CHAR(3)     NOT NULL,
    charge_reference    TEXT        NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'ISSUED', 'FAILED')),
    -- replaced only after a decline, which is the provider's final answer under the old key
    idempotency_key     TEXT        NOT NULL UNIQUE,
    attempts            INTEGER     NOT NULL DEFAULT 0,
    declines            INTEGER     NOT NULL DEFAULT 0,
    last_error          TEXT,
    failure_reason      TEXT,
    provider_refund_id  TEXT,
    -- null once nothing will try it again by itself (issued, or declined past the retry policy)
    next_attempt_at     TIMESTAMPTZ,
    lease_until         TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    issued_at           TIMESTAMPTZ,
    CHECK ((status = 'ISSUED') = (provider_refund_id IS NOT NULL))
);

CREATE INDEX refund_takedown ON refund (takedown_id, created_at, order_id);
CREATE INDEX refund_due ON refund (takedown_id, next_attempt_at) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX refund_status ON refund (status, created_at);
