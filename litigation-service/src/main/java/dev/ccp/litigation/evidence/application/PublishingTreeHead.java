package dev.ccp.litigation.evidence.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.evidence.domain.TreeHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The signed head of a case's current tree, signed now if the tree grew since the last one; only for a ledger that verifies. */
@ApplicationScoped
public class PublishingTreeHead {
    private final VerifyingEvidence verifying;
    private final SigningTreeHeads signing;

    PublishingTreeHead(VerifyingEvidence verifying, SigningTreeHeads signing) {
        this.verifying = verifying;
        this.signing = signing;
    }

    @Transactional
    public TreeHead current(String caseId) {
        return currentIfAny(caseId).orElseThrow(
                () -> ProblemException.conflict("case " + caseId + " has no evidence entries yet"));
    }

    /** As {@link #current}, but empty for a ledger without entries (whose tree has no head to sign). */
    @Transactional
    public Optional<TreeHead> currentIfAny(String caseId) {
        Verification verification = verifying.verify(caseId);
        if (!verification.valid()) {
            throw ProblemException.conflict("the ledger of case " + caseId + " does not verify (first broken entry "
                    + verification.chain().firstBrokenSequence() + "); its tree head is not signed");
        }
        if (verification.tree().size() == 0) {
            return Optional.empty();
        }
        return Optional.of(signing.current(caseId, verification.tree()));
    }
}
