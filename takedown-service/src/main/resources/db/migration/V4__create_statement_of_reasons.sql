-- Statements of reasons (EU DSA Art. 17), one per takedown and action, stored as issued: the words never change.
-- seller_id and listing_id are for delivering and reading the statement; the DSA export never carries them.
CREATE TABLE statement_of_reasons (
    id                  TEXT PRIMARY KEY,
    takedown_id         TEXT        NOT NULL,
    action              TEXT        NOT NULL CHECK (action IN ('LISTING_REMOVED', 'ACCOUNT_CLOSED')),
    puid                TEXT        NOT NULL UNIQUE CHECK (puid ~ '^[a-zA-Z0-9_-]+$' AND length(puid) <= 500),
    listing_id          TEXT        NOT NULL,
    seller_id           TEXT        NOT NULL,
    brand_ids           TEXT[]      NOT NULL,
    brand_names         TEXT[]      NOT NULL,
    seller_facts        TEXT        NOT NULL CHECK (length(seller_facts) <= 5000),
    public_facts        TEXT        NOT NULL CHECK (length(public_facts) <= 5000),
    legal_ground        TEXT        NOT NULL CHECK (length(legal_ground) <= 500),
    explanation         TEXT        NOT NULL CHECK (length(explanation) <= 2000),
    automated_detection BOOLEAN     NOT NULL,
    automated_decision  TEXT        NOT NULL,
    territorial_scope   TEXT[]      NOT NULL,
    content_date        DATE,
    decided_at          TIMESTAMPTZ NOT NULL,
    action_taken_at     TIMESTAMPTZ NOT NULL,
    appeal_deadline     TIMESTAMPTZ NOT NULL,
    internal_complaint  TEXT        NOT NULL,
    out_of_court        TEXT        NOT NULL,
    judicial            TEXT        NOT NULL,
    issued_at           TIMESTAMPTZ NOT NULL,
    UNIQUE (takedown_id, action)
);

CREATE INDEX statement_of_reasons_issued ON statement_of_reasons (issued_at, id);
