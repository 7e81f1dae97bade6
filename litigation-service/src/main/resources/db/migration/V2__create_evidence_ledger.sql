-- The evidence ledger: append-only, one hash chain and one RFC 9162 Merkle tree per case.
-- content is TEXT, not jsonb: the RFC 8785 canonical bytes the hashes cover must be kept exactly.
CREATE TABLE evidence_entry (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         TEXT        NOT NULL REFERENCES litigation_case (id),
    sequence        BIGINT      NOT NULL CHECK (sequence > 0),
    type            TEXT        NOT NULL,
    content         TEXT        NOT NULL,
    content_hash    CHAR(64)    NOT NULL,
    previous_hash   CHAR(64)    NOT NULL,
    entry_hash      CHAR(64)    NOT NULL,
    recorded_by     TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    source_event_id TEXT,
    UNIQUE (case_id, sequence),
    -- an entry made from an event is added once, however often the event is delivered
    UNIQUE (case_id, source_event_id)
);

-- Signed tree heads: the service's Ed25519 signature over a case's tree size, root hash and time.
CREATE TABLE evidence_tree_head (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     TEXT        NOT NULL REFERENCES litigation_case (id),
    tree_size   BIGINT      NOT NULL CHECK (tree_size > 0),
    root_hash   CHAR(64)    NOT NULL,
    signed_at   TIMESTAMPTZ NOT NULL,
    key_id      CHAR(64)    NOT NULL,
    signed_text TEXT        NOT NULL,
    signature   TEXT        NOT NULL
);

CREATE INDEX evidence_tree_head_case ON evidence_tree_head (case_id, tree_size, id);

-- Evidence is never changed or removed, not even by the service itself: the database refuses it.
CREATE FUNCTION refuse_evidence_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER evidence_entry_append_only BEFORE UPDATE OR DELETE ON evidence_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER evidence_entry_no_truncate BEFORE TRUNCATE ON evidence_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER evidence_tree_head_append_only BEFORE UPDATE OR DELETE ON evidence_tree_head
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER evidence_tree_head_no_truncate BEFORE TRUNCATE ON evidence_tree_head
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_evidence_change();
