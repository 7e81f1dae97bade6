package dev.ccp.litigation.evidence.application;

import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.application.Verification.SignatureStatus;
import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import dev.ccp.litigation.evidence.domain.LedgerCheck;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.domain.TreeHead;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import dev.ccp.litigation.evidence.infrastructure.TreeHeadRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Recomputes a case's chain and tree from the stored rows and checks the signed tree heads against them. */
@ApplicationScoped
public class VerifyingEvidence {
    private static final int FETCH = 1000;
    private static final int HEADS_CHECKED = 100;

    private final EvidenceRepository entries;
    private final TreeHeadRepository heads;
    private final ReadingEvidence reading;
    private final EvidenceKeys keys;
    private final LitigationConfig.Evidence config;
    private final MeterRegistry metrics;

    VerifyingEvidence(EvidenceRepository entries, TreeHeadRepository heads, ReadingEvidence reading,
            EvidenceKeys keys, LitigationConfig config, MeterRegistry metrics) {
        this.entries = entries;
        this.heads = heads;
        this.reading = reading;
        this.keys = keys;
        this.config = config.evidence();
        this.metrics = metrics;
    }

    @Transactional
    public Verification verify(String caseId) {
        reading.requireCase(caseId);
        // one pass over the rows as stored: chain and tree recomputed together, the stored subtrees never trusted
        LedgerCheck check = new LedgerCheck();
        entries.stream(caseId, config.maxEntries(), FETCH, check::accept);
        LedgerCheck.Result chain = check.result();
        MerkleTree tree = chain.tree();
        List<TreeHead> signed = heads.recent(caseId, HEADS_CHECKED);
        Set<String> unknownKeys = new LinkedHashSet<>();
        SignatureStatus status = status(signed, tree, unknownKeys);
        Verification verification = new Verification(chain, tree, status,
                signed.isEmpty() ? null : signed.get(0), List.copyOf(unknownKeys));
        if (!verification.valid()) {
            // a ledger that no longer verifies means someone altered the database: operators must hear of it
            metrics.counter("ccp.evidence.verification.failures").increment();
        }
        return verification;
    }

    private SignatureStatus status(List<TreeHead> signed, MerkleTree tree, Set<String> unknownKeys) {
        SignatureStatus worst = signed.isEmpty() ? SignatureStatus.NONE : SignatureStatus.VALID;
        for (TreeHead head : signed) {
            SignatureStatus status;
            EvidenceKeys.Check signature = head.check(keys);
            if (signature == EvidenceKeys.Check.UNKNOWN_KEY) {
                status = SignatureStatus.UNKNOWN_KEY;
                unknownKeys.add(head.keyId());
            } else if (signature == EvidenceKeys.Check.INVALID) {
                status = SignatureStatus.SIGNATURE_INVALID;
            } else if (head.treeSize() > tree.size()) {
                status = SignatureStatus.TREE_SHRANK;
            } else if (!Sha256.hex(tree.root((int) head.treeSize())).equals(head.rootHash())) {
                status = SignatureStatus.ROOT_MISMATCH;
            } else {
                status = SignatureStatus.VALID;
            }
            if (status.ordinal() > worst.ordinal()) {
                worst = status;
            }
        }
        return worst;
    }
}
