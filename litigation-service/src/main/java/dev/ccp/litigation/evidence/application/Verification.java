package dev.ccp.litigation.evidence.application;

import dev.ccp.litigation.evidence.domain.LedgerCheck;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.TreeHead;
import java.util.List;

/**
 * A case's ledger recomputed: the chain's outcome, the tree of what is stored now, and how the signed tree heads
 * stand against that tree ({@code unknownKeyIds}: the keys named by checked heads that the service does not know). Valid only when the chain holds and no signed head contradicts the tree.
 */
public record Verification(LedgerCheck.Result chain, MerkleTree tree, SignatureStatus signature, TreeHead latestHead,
        List<String> unknownKeyIds) {

    /** How the case's signed tree heads stand, the worst of them. */
    public enum SignatureStatus {
        /** Nothing signed yet. */
        NONE,
        /** Every head checked is signed by the key it names (current or retired) and its root is the recomputed tree's at its size. */
        VALID,
        /** A head names more entries than the ledger holds: entries were removed. */
        TREE_SHRANK,
        /** A head's root is not the recomputed tree's at its size: signed history was rewritten. */
        ROOT_MISMATCH,
        /** A head names a key that is neither the service's current key nor one of its retired keys. */
        UNKNOWN_KEY,
        /** A head's signature does not verify with the key it names. */
        SIGNATURE_INVALID
    }

    public boolean valid() {
        return chain.valid() && (signature == SignatureStatus.NONE || signature == SignatureStatus.VALID);
    }
}
