package dev.ccp.litigation.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Recomputes a ledger from what is stored, entry by entry in sequence order, and names the first entry that does
 * not hold: a gap in the sequence, a content that is not its own canonical form or not its content hash, an entry
 * hash that is not the hash of its envelope, or a previous hash that is not the entry before's. Everything after
 * a broken entry is untrusted. Fed one entry at a time (a stream), it builds the Merkle tree of the recomputed
 * hashes in the same pass.
 */
public final class LedgerCheck {
    public enum Break { SEQUENCE_GAP, CONTENT_NOT_CANONICAL, CONTENT_HASH_MISMATCH, ENTRY_HASH_MISMATCH, CHAIN_BROKEN }

    private final MerkleTree.Builder tree = new MerkleTree.Builder();
    private String previous = Sha256.GENESIS;
    private Long firstBroken;
    private Break reason;

    /**
     * The outcome: {@code tree}'s leaves are the recomputed hashes of every entry, so its root is the root of what
     * is stored now, whatever the stored hash columns (or stored subtrees) claim.
     */
    public record Result(int entries, Long firstBrokenSequence, Break reason, MerkleTree tree) {
        public boolean valid() {
            return firstBrokenSequence == null;
        }
    }

    public static Result of(List<EvidenceEntry> entries) {
        LedgerCheck check = new LedgerCheck();
        entries.forEach(check::accept);
        return check.result();
    }

    /** Checks the next entry of the ledger. */
    public void accept(EvidenceEntry entry) {
        long expected = tree.size() + 1L;
        boolean canonical = isCanonical(entry.content());
        String envelope = canonical ? entry.envelopeOfCanonicalContent() : entry.envelope();
        byte[] digest = Sha256.digest(envelope.getBytes(StandardCharsets.UTF_8));
        String hash = Sha256.hex(digest);
        tree.add(digest);
        if (firstBroken == null) {
            reason = breakOf(entry, expected, canonical, previous, hash);
            if (reason != null) {
                firstBroken = reason == Break.SEQUENCE_GAP ? Math.min(expected, entry.sequence()) : entry.sequence();
            }
        }
        previous = hash;
    }

    public Result result() {
        return new Result(tree.size(), firstBroken, reason, tree.tree());
    }

    private static boolean isCanonical(String content) {
        try {
            return content != null && CanonicalJson.of(content).equals(content);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Break breakOf(EvidenceEntry entry, long expectedSequence, boolean canonical, String previousHash,
            String hash) {
        if (entry.sequence() != expectedSequence) {
            return Break.SEQUENCE_GAP;
        }
        if (!canonical) {
            return Break.CONTENT_NOT_CANONICAL;
        }
        if (!Sha256.hex(entry.content()).equals(entry.contentHash())) {
            return Break.CONTENT_HASH_MISMATCH;
        }
        if (!hash.equals(entry.entryHash())) {
            return Break.ENTRY_HASH_MISMATCH;
        }
        if (!previousHash.equals(entry.previousHash())) {
            return Break.CHAIN_BROKEN;
        }
        return null;
    }
}
