package dev.ccp.litigation.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The subtrees written on append (as RecordingEvidence stores them) give the same roots and proofs as the tree
 * built from every leaf, and a proof reads only O(log n) of them.
 */
class StoredSubtreesTest {
    private static final int LEAVES = 300;

    @Test
    void subtreesStoredOnAppendAnswerEveryRootAndProofAsTheWholeTreeDoes() {
        Map<String, byte[]> stored = appendAll(LEAVES);
        MerkleTree whole = MerkleTree.ofEntryHashes(MerkleTreeTest.entryHashes(LEAVES));
        for (int size = 1; size <= LEAVES; size++) {
            MerkleTree cached = MerkleTree.over(size, lookup(stored));
            assertThat(cached.root(size)).isEqualTo(whole.root(size));
            for (int index = 0; index < size; index += 7) {
                assertThat(cached.inclusionPath(index, size)).containsExactlyElementsOf(whole.inclusionPath(index, size));
            }
            for (int from = 1; from <= size; from += 11) {
                assertThat(cached.consistencyPath(from, size)).containsExactlyElementsOf(whole.consistencyPath(from, size));
            }
        }
    }

    @Test
    void anAppendAsksOnlyForTheLeftSiblingsItCompletes() {
        // leaf 11 (binary 1011) completes subtrees at levels 1 and 2: it needs leaf 10 and the node over 8..9
        assertThat(MerkleTree.leftSiblings(11)).containsExactly(new long[] {0, 10}, new long[] {1, 4});
        assertThat(MerkleTree.leftSiblings(12)).isEmpty();
        Map<String, byte[]> stored = appendAll(12);
        List<SubtreeNode> added = MerkleTree.appended(12, leaf(12), lookup(stored));
        assertThat(added).extracting(SubtreeNode::level).containsExactly(0);
    }

    @Test
    void aProofReadsLogarithmicallyManySubtrees() {
        int size = 100_000;
        int lg = 32 - Integer.numberOfLeadingZeros(size);
        assertThat(MerkleTree.subtreesNeeded(size, t -> t.inclusionPath(54_321, size))).hasSizeLessThanOrEqualTo(2 * lg);
        assertThat(MerkleTree.subtreesNeeded(size, t -> t.consistencyPath(77_777, size))).hasSizeLessThanOrEqualTo(2 * lg);
        assertThat(MerkleTree.subtreesNeeded(size, t -> t.root(size))).hasSize(Integer.bitCount(size));
    }

    @Test
    void aMissingSubtreeIsNeverGuessed() {
        MerkleTree empty = MerkleTree.over(5, (level, index) -> {
            throw new IllegalStateException("subtree " + level + "/" + index + " is not stored");
        });
        assertThatThrownBy(() -> empty.root(5)).isInstanceOf(IllegalStateException.class);
    }

    private static Map<String, byte[]> appendAll(int leaves) {
        Map<String, byte[]> stored = new HashMap<>();
        for (int i = 0; i < leaves; i++) {
            List<long[]> asked = new ArrayList<>();
            Subtrees recording = (level, index) -> {
                asked.add(new long[] {level, index});
                return lookup(stored).complete(level, index);
            };
            for (SubtreeNode node : MerkleTree.appended(i, leaf(i), recording)) {
                stored.put(node.level() + "/" + node.index(), node.hash());
            }
            assertThat(asked).containsExactlyElementsOf(MerkleTree.leftSiblings(i));
        }
        return stored;
    }

    private static Subtrees lookup(Map<String, byte[]> stored) {
        return (level, index) -> {
            byte[] hash = stored.get(level + "/" + index);
            if (hash == null) {
                throw new IllegalStateException("subtree " + level + "/" + index + " is not stored");
            }
            return hash;
        };
    }

    private static byte[] leaf(int index) {
        return MerkleTree.leafHash(Sha256.bytes(MerkleTreeTest.entryHashes(index + 1).get(index)));
    }
}
