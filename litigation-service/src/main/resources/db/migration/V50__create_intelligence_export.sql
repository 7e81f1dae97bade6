-- Every intelligence export handed to law enforcement: who, for which agency and purpose, which cases were asked
-- for, when, and exactly which sellers went out. Written in the export's own transaction, before anything is
-- streamed; append-only like the evidence.
CREATE TABLE intelligence_export (
    id           TEXT        PRIMARY KEY,
    exported_by  TEXT        NOT NULL,
    agency       TEXT        NOT NULL,
    purpose      TEXT        NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
    case_filter  TEXT,
    exported_at  TIMESTAMPTZ NOT NULL,
    records      INTEGER     NOT NULL CHECK (records >= 0),
    seller_ids   JSONB       NOT NULL,
    case_ids     JSONB       NOT NULL
);
CREATE INDEX intelligence_export_newest ON intelligence_export (exported_at DESC, id);

-- Refused like evidence rows are (V2's function names the table in its message).
CREATE TRIGGER intelligence_export_append_only BEFORE UPDATE OR DELETE ON intelligence_export
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER intelligence_export_no_truncate BEFORE TRUNCATE ON intelligence_export
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_evidence_change();

-- What decides whether a case is confirmed, and what an export reads of a ledger, are entries of a few types:
-- read by (case, type) instead of scanning whole ledgers.
CREATE INDEX evidence_entry_case_type ON evidence_entry (case_id, type, sequence);
