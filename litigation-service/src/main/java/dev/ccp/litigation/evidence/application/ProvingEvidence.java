package dev.ccp.litigation.evidence.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import dev.ccp.litigation.evidence.infrastructure.TreeNodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;

/**
 * RFC 9162 inclusion and consistency proofs over a case's ledger as stored, from the stored subtrees: each proof
 * reads the O(log n) nodes it needs in one statement. A proof is only as good as what it is checked against (a
 * signed tree head, verified independently): verification recomputes the tree from the entries, never from these.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProvingEvidence {
    private final EvidenceRepository entries;
    private final TreeNodeRepository nodes;
    private final ReadingEvidence reading;

    ProvingEvidence(EvidenceRepository entries, TreeNodeRepository nodes, ReadingEvidence reading) {
        this.entries = entries;
        this.nodes = nodes;
        this.reading = reading;
    }

    /** Entry {@code sequence} (from 1) is leaf sequence-1 of the tree of {@code treeSize} entries (null: all). */
    public Inclusion inclusion(String caseId, long sequence, Long treeSize) {
        int size = size("treeSize", treeSize, storedSize(caseId));
        if (sequence < 1 || sequence > size) {
            throw ProblemException.badRequest("entry", "must be a sequence number from 1 to the tree size " + size);
        }
        int index = (int) sequence - 1;
        MerkleTree tree = stored(caseId, size, t -> List.of(t.inclusionPath(index, size), t.root(size)));
        List<String> path = tree.inclusionPath(index, size).stream().map(Sha256::hex).toList();
        String entryHash = entries.entryHashAt(caseId, sequence).orElseThrow();
        return new Inclusion(sequence, index, size, entryHash,
                Sha256.hex(MerkleTree.leafHash(Sha256.bytes(entryHash))), path, Sha256.hex(tree.root(size)));
    }

    /** The tree of {@code from} entries is a prefix of the tree of {@code to} entries (null: all). */
    public Consistency consistency(String caseId, long from, Long to) {
        int toSize = size("to", to, storedSize(caseId));
        if (from < 1 || from > toSize) {
            throw ProblemException.badRequest("from", "must be a tree size from 1 to " + toSize);
        }
        int fromSize = (int) from;
        return consistency(stored(caseId, toSize, t -> consistency(t, fromSize, toSize)), fromSize, toSize);
    }

    static Consistency consistency(MerkleTree tree, int from, int to) {
        return new Consistency(from, to, Sha256.hex(tree.root(from)), Sha256.hex(tree.root(to)),
                tree.consistencyPath(from, to).stream().map(Sha256::hex).toList());
    }

    private int storedSize(String caseId) {
        reading.requireCase(caseId);
        return (int) entries.lastSequence(caseId);
    }

    /** The tree of {@code size} over exactly the stored subtrees {@code compute} needs, read in one statement. */
    private MerkleTree stored(String caseId, int size, Function<MerkleTree, ?> compute) {
        return MerkleTree.over(size, nodes.read(caseId, MerkleTree.subtreesNeeded(size, compute)));
    }

    private static int size(String field, Long asked, int stored) {
        if (stored == 0) {
            throw ProblemException.conflict("the case has no evidence entries yet");
        }
        if (asked == null) {
            return stored;
        }
        if (asked < 1 || asked > stored) {
            throw ProblemException.badRequest(field, "must be a tree size from 1 to " + stored);
        }
        return (int) (long) asked;
    }

    public record Inclusion(long sequence, int leafIndex, int treeSize, String entryHash, String leafHash,
            List<String> path, String rootHash) {
    }

    public record Consistency(int fromSize, int toSize, String fromRoot, String toRoot, List<String> path) {
    }
}
