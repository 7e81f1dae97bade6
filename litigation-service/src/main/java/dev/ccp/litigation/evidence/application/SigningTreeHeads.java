package dev.ccp.litigation.evidence.application;

import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.domain.TreeHead;
import dev.ccp.litigation.evidence.infrastructure.TreeHeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Signs a case's tree head, once per tree size and key: a head the current key already signed for the same size and
 * root is reused; after a key rotation the same size is signed again with the new key (the old head stays).
 */
@ApplicationScoped
public class SigningTreeHeads {
    private final TreeHeadRepository heads;
    private final EvidenceKeys keys;
    private final Clock clock;

    SigningTreeHeads(TreeHeadRepository heads, EvidenceKeys keys, Clock clock) {
        this.heads = heads;
        this.keys = keys;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TreeHead current(String caseId, MerkleTree tree) {
        String root = Sha256.hex(tree.root(tree.size()));
        return heads.ofSize(caseId, tree.size())
                .filter(head -> head.rootHash().equals(root) && head.keyId().equals(keys.keyId())
                        && head.signatureHolds(keys))
                .orElseGet(() -> {
                    TreeHead head = TreeHead.sign(caseId, tree.size(), tree.root(tree.size()), clock.instant(), keys);
                    heads.persist(head);
                    return head;
                });
    }
}
