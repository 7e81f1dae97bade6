package dev.ccp.litigation.evidence.api;

import dev.ccp.litigation.evidence.application.CountersigningTreeHead;
import dev.ccp.litigation.evidence.application.Verification;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.domain.TreeHead;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/cases/{id}/evidence/verification}: the §7 shape {valid, entries, firstBrokenSequence},
 * extended with why it broke, the recomputed tree and how the signed tree heads stand against it.
 */
public record VerificationView(boolean valid, int entries, Long firstBrokenSequence, String reason, int treeSize,
        String rootHash, SignatureView signature, List<CountersignatureView> countersignatures) {

    /**
     * {@code status} is the worst of the checked heads; the other fields describe the latest head, and
     * {@code unknownKeyIds} the keys checked heads name that the service does not know (status UNKNOWN_KEY).
     */
    public record SignatureView(String status, Long treeSize, String rootHash, Instant signedAt, String keyId,
            List<String> unknownKeyIds) {
    }

    /** A brand's countersignature of the head of {@code treeSize}; {@code valid}: it and that head still verify. */
    public record CountersignatureView(String brandId, long treeSize, String rootHash, String keyId,
            Instant countersignedAt, boolean valid) {
    }

    static VerificationView of(Verification v, List<CountersigningTreeHead.Checked> countersigned) {
        TreeHead head = v.latestHead();
        return new VerificationView(v.valid(), v.chain().entries(), v.chain().firstBrokenSequence(),
                v.chain().reason() == null ? null : v.chain().reason().name(), v.tree().size(),
                Sha256.hex(v.tree().root(v.tree().size())),
                new SignatureView(v.signature().name(), head == null ? null : head.treeSize(),
                        head == null ? null : head.rootHash(), head == null ? null : head.signedAt(),
                        head == null ? null : head.keyId(), v.unknownKeyIds()),
                countersigned.stream().map(c -> new CountersignatureView(c.countersignature().brandId(),
                        c.countersignature().treeSize(), c.rootHash(), c.countersignature().keyId(),
                        c.countersignature().countersignedAt(), c.valid())).toList());
    }
}
