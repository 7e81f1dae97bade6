package dev.ccp.litigation.evidence.api;

import dev.ccp.litigation.evidence.application.Verification;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.domain.TreeHead;
import java.time.Instant;

/**
 * {@code GET /api/v1/cases/{id}/evidence/verification}: the §7 shape {valid, entries, firstBrokenSequence},
 * extended with why it broke, the recomputed tree and how the signed tree heads stand against it.
 */
public record VerificationView(boolean valid, int entries, Long firstBrokenSequence, String reason, int treeSize,
        String rootHash, SignatureView signature) {

    /** {@code status} is the worst of the checked heads; the other fields describe the latest head. */
    public record SignatureView(String status, Long treeSize, String rootHash, Instant signedAt, String keyId) {
    }

    static VerificationView of(Verification v) {
        TreeHead head = v.latestHead();
        return new VerificationView(v.valid(), v.chain().entries(), v.chain().firstBrokenSequence(),
                v.chain().reason() == null ? null : v.chain().reason().name(), v.tree().size(),
                Sha256.hex(v.tree().root(v.tree().size())),
                new SignatureView(v.signature().name(), head == null ? null : head.treeSize(),
                        head == null ? null : head.rootHash(), head == null ? null : head.signedAt(),
                        head == null ? null : head.keyId()));
    }
}
