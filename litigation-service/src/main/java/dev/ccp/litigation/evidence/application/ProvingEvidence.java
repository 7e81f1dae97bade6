package dev.ccp.litigation.evidence.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** RFC 9162 inclusion and consistency proofs over a case's ledger as stored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProvingEvidence {
    private final EvidenceRepository entries;
    private final ReadingEvidence reading;
    private final LitigationConfig.Evidence config;

    ProvingEvidence(EvidenceRepository entries, ReadingEvidence reading, LitigationConfig config) {
        this.entries = entries;
        this.reading = reading;
        this.config = config.evidence();
    }

    /** Entry {@code sequence} (from 1) is leaf sequence-1 of the tree of {@code treeSize} entries (null: all). */
    public Inclusion inclusion(String caseId, long sequence, Long treeSize) {
        MerkleTree tree = tree(caseId);
        int size = size("treeSize", treeSize, tree);
        if (sequence < 1 || sequence > size) {
            throw ProblemException.badRequest("entry", "must be a sequence number from 1 to the tree size " + size);
        }
        int index = (int) sequence - 1;
        List<String> path = tree.inclusionPath(index, size).stream().map(Sha256::hex).toList();
        String entryHash = entries.at(caseId, sequence).orElseThrow().entryHash();
        return new Inclusion(sequence, index, size, entryHash,
                Sha256.hex(MerkleTree.leafHash(Sha256.bytes(entryHash))), path, Sha256.hex(tree.root(size)));
    }

    /** The tree of {@code from} entries is a prefix of the tree of {@code to} entries (null: all). */
    public Consistency consistency(String caseId, long from, Long to) {
        MerkleTree tree = tree(caseId);
        int toSize = size("to", to, tree);
        if (from < 1 || from > toSize) {
            throw ProblemException.badRequest("from", "must be a tree size from 1 to " + toSize);
        }
        return consistency(tree, (int) from, toSize);
    }

    static Consistency consistency(MerkleTree tree, int from, int to) {
        return new Consistency(from, to, Sha256.hex(tree.root(from)), Sha256.hex(tree.root(to)),
                tree.consistencyPath(from, to).stream().map(Sha256::hex).toList());
    }

    private MerkleTree tree(String caseId) {
        reading.requireCase(caseId);
        return MerkleTree.ofEntryHashes(entries.entryHashes(caseId, config.maxEntries()));
    }

    private static int size(String field, Long asked, MerkleTree tree) {
        if (tree.size() == 0) {
            throw ProblemException.conflict("the case has no evidence entries yet");
        }
        if (asked == null) {
            return tree.size();
        }
        if (asked < 1 || asked > tree.size()) {
            throw ProblemException.badRequest(field, "must be a tree size from 1 to " + tree.size());
        }
        return (int) (long) asked;
    }

    public record Inclusion(long sequence, int leafIndex, int treeSize, String entryHash, String leafHash,
            List<String> path, String rootHash) {
    }

    public record Consistency(int fromSize, int toSize, String fromRoot, String toRoot, List<String> path) {
    }
}
