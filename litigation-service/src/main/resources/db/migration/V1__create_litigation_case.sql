-- Cases against a bad-actor cluster and brand, their brands and defendants, and the audit of every status change.
CREATE TABLE litigation_case (
    id         TEXT PRIMARY KEY,
    title      TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    opened_by  TEXT        NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE case_brand (
    case_id  TEXT NOT NULL REFERENCES litigation_case (id),
    brand_id TEXT NOT NULL,
    PRIMARY KEY (case_id, brand_id)
);

CREATE TABLE case_defendant (
    case_id   TEXT NOT NULL REFERENCES litigation_case (id),
    seller_id TEXT NOT NULL,
    role      TEXT NOT NULL,
    country   CHAR(2),
    PRIMARY KEY (case_id, seller_id)
);

CREATE INDEX case_defendant_seller ON case_defendant (seller_id);

-- Who moved a case, when, from what to what and why.
CREATE TABLE case_status_change (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     TEXT        NOT NULL REFERENCES litigation_case (id),
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    note        TEXT,
    changed_by  TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX case_status_change_case ON case_status_change (case_id, id);
