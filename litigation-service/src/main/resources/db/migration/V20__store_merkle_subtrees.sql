-- The hashes of every complete subtree of each case's RFC 9162 Merkle tree (leaves [idx·2^level, (idx+1)·2^level)),
-- written with the entry that completes them, so a root or proof reads O(log n) rows instead of every entry.
-- A cache for proofs only: verification recomputes the tree from the entries themselves and never reads it.
CREATE TABLE evidence_tree_node (
    case_id TEXT     NOT NULL REFERENCES litigation_case (id),
    level   SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 62),
    idx     BIGINT   NOT NULL CHECK (idx >= 0),
    hash    BYTEA    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (case_id, level, idx)
);

CREATE TRIGGER evidence_tree_node_append_only BEFORE UPDATE OR DELETE ON evidence_tree_node
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER evidence_tree_node_no_truncate BEFORE TRUNCATE ON evidence_tree_node
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_evidence_change();

-- Ledgers recorded before this migration get their subtrees now, the way the service writes them on append:
-- leaf = SHA-256(0x00 || entry hash), and each node it completes = SHA-256(0x01 || left || right).
DO $$
DECLARE
    e       RECORD;
    node    BYTEA;
    sibling BYTEA;
    lvl     INT;
    i       BIGINT;
BEGIN
    FOR e IN SELECT case_id, sequence, entry_hash FROM evidence_entry ORDER BY case_id, sequence LOOP
        i := e.sequence - 1;
        lvl := 0;
        node := sha256('\x00'::bytea || decode(e.entry_hash, 'hex'));
        INSERT INTO evidence_tree_node VALUES (e.case_id, 0, i, node);
        WHILE i % 2 = 1 LOOP
            SELECT hash INTO STRICT sibling FROM evidence_tree_node
                WHERE case_id = e.case_id AND level = lvl AND idx = i - 1;
            node := sha256('\x01'::bytea || sibling || node);
            lvl := lvl + 1;
            i := i / 2;
            INSERT INTO evidence_tree_node VALUES (e.case_id, lvl, i, node);
        END LOOP;
    END LOOP;
END
$$;
