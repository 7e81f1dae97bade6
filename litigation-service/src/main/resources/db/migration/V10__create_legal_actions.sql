-- Legal actions on a case: the civil filing and its co-plaintiffs, criminal referrals, the judgment or settlement,
-- defendants' personal details, the audit of every action, and brands' countersignatures of signed tree heads.
-- (V10, not V3: versions in between are left to the evidence work running in parallel.)

-- Personal details of a defendant: shown to staff, and to partners only when their brand is a co-plaintiff.
ALTER TABLE case_defendant
    ADD COLUMN name     TEXT,
    ADD COLUMN address  TEXT,
    ADD COLUMN added_by TEXT,
    ADD COLUMN added_at TIMESTAMPTZ;

-- One civil suit per case.
CREATE TABLE civil_filing (
    id            TEXT PRIMARY KEY,
    case_id       TEXT        NOT NULL UNIQUE REFERENCES litigation_case (id),
    court         TEXT        NOT NULL,
    jurisdiction  TEXT        NOT NULL,
    docket_number TEXT        NOT NULL,
    filed_on      DATE        NOT NULL,
    filed_by      TEXT        NOT NULL,
    filed_at      TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE filing_claim (
    filing_id TEXT NOT NULL REFERENCES civil_filing (id),
    position  INT  NOT NULL,
    claim     TEXT NOT NULL,
    PRIMARY KEY (filing_id, position)
);

-- public_key: the brand's Ed25519 key (base64 X.509) its countersignatures are checked with.
CREATE TABLE filing_co_plaintiff (
    filing_id  TEXT        NOT NULL REFERENCES civil_filing (id),
    brand_id   TEXT        NOT NULL,
    public_key TEXT,
    joined_by  TEXT        NOT NULL,
    joined_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (filing_id, brand_id)
);

CREATE TABLE criminal_referral (
    id           TEXT PRIMARY KEY,
    case_id      TEXT        NOT NULL REFERENCES litigation_case (id),
    agency       TEXT        NOT NULL,
    jurisdiction TEXT        NOT NULL,
    summary      TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    referred_by  TEXT        NOT NULL,
    referred_at  TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0
);

CREATE INDEX criminal_referral_case ON criminal_referral (case_id, referred_at);

-- How the case ended in court: a judgment (for the plaintiff or not) or a settlement. Money in minor units.
CREATE TABLE case_outcome (
    id               TEXT PRIMARY KEY,
    case_id          TEXT        NOT NULL UNIQUE REFERENCES litigation_case (id),
    kind             TEXT        NOT NULL CHECK (kind IN ('JUDGMENT', 'SETTLEMENT')),
    for_plaintiff    BOOLEAN     NOT NULL,
    court            TEXT,
    docket           TEXT,
    entered_on       DATE        NOT NULL,
    damages_minor    BIGINT CHECK (damages_minor > 0),
    damages_currency CHAR(3),
    recorded_by      TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    CHECK ((damages_minor IS NULL) = (damages_currency IS NULL))
);

CREATE TABLE outcome_injunction (
    outcome_id TEXT NOT NULL REFERENCES case_outcome (id),
    position   INT  NOT NULL,
    injunction TEXT NOT NULL,
    PRIMARY KEY (outcome_id, position)
);

-- Who did what to a case, when and why (status changes have their own table, case_status_change).
CREATE TABLE legal_audit (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    TEXT        NOT NULL REFERENCES litigation_case (id),
    action     TEXT        NOT NULL,
    subject_id TEXT,
    reason     TEXT,
    done_by    TEXT        NOT NULL,
    done_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX legal_audit_case ON legal_audit (case_id, id);

-- A co-plaintiff brand's Ed25519 signature over the exact statement of one of the service's signed tree heads.
CREATE TABLE evidence_countersignature (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         TEXT        NOT NULL REFERENCES litigation_case (id),
    tree_size       BIGINT      NOT NULL,
    brand_id        TEXT        NOT NULL,
    public_key      TEXT        NOT NULL,
    key_id          CHAR(64)    NOT NULL,
    signature       TEXT        NOT NULL,
    countersigned_at TIMESTAMPTZ NOT NULL,
    UNIQUE (case_id, tree_size, brand_id)
);

CREATE TRIGGER evidence_countersignature_append_only BEFORE UPDATE OR DELETE ON evidence_countersignature
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
