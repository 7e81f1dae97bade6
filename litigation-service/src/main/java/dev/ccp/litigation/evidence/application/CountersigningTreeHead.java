package dev.ccp.litigation.evidence.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.evidence.domain.BrandKey;
import dev.ccp.litigation.evidence.domain.Countersignature;
import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import dev.ccp.litigation.evidence.domain.TreeHead;
import dev.ccp.litigation.evidence.infrastructure.CountersignatureRepository;
import dev.ccp.litigation.evidence.infrastructure.TreeHeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * A brand countersigns one of the service's signed tree heads: its Ed25519 signature over exactly the head's
 * statement bytes is checked with the brand's key and kept. Who may countersign is the caller's to decide.
 */
@ApplicationScoped
public class CountersigningTreeHead {
    private static final int SHOWN = 100;

    private final TreeHeadRepository heads;
    private final CountersignatureRepository countersignatures;
    private final EvidenceKeys keys;
    private final Clock clock;

    CountersigningTreeHead(TreeHeadRepository heads, CountersignatureRepository countersignatures, EvidenceKeys keys,
            Clock clock) {
        this.heads = heads;
        this.countersignatures = countersignatures;
        this.keys = keys;
        this.clock = clock;
    }

    /** A countersignature as checked now: the head it signs still holds and so does the brand's signature. */
    public record Checked(Countersignature countersignature, String rootHash, boolean valid, boolean created) {
    }

    /** 404 without a signed head of that size; 400 naming {@code signature} when it does not verify. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Checked countersign(String caseId, long treeSize, String brandId, BrandKey key, String signature) {
        TreeHead head = heads.ofSize(caseId, treeSize).filter(h -> h.signatureHolds(keys))
                .orElseThrow(() -> ProblemException.notFound("signed tree head", caseId + "/" + treeSize));
        if (signature == null || !key.verifies(head.signedText().getBytes(StandardCharsets.UTF_8), signature)) {
            throw ProblemException.badRequest("signature", "is not the brand key's Ed25519 signature over the "
                    + "tree head's statement (the exact UTF-8 bytes of its 'statement')");
        }
        var earlier = countersignatures.of(caseId, treeSize, brandId);
        if (earlier.isPresent()) {
            return new Checked(earlier.get(), head.rootHash(), earlier.get().holdsFor(head), false);
        }
        Countersignature made = new Countersignature(head, brandId, key, signature, clock.instant());
        countersignatures.persist(made);
        return new Checked(made, head.rootHash(), true, true);
    }

    /** The case's latest countersignatures, each checked against the head it signed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Checked> of(String caseId) {
        return countersignatures.recent(caseId, SHOWN).stream().map(c -> {
            TreeHead head = heads.ofSize(c.caseId(), c.treeSize()).orElse(null);
            boolean valid = head != null && head.signatureHolds(keys) && c.holdsFor(head);
            return new Checked(c, head == null ? null : head.rootHash(), valid, false);
        }).toList();
    }
}
