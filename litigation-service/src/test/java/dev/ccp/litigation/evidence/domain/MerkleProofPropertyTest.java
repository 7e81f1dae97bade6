package dev.ccp.litigation.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Proofs for trees of any size: the honest one verifies, any one-bit forgery of it does not. */
class MerkleProofPropertyTest {

    @Property(tries = 300)
    void anHonestInclusionProofVerifiesAndAForgedOneDoesNot(@ForAll @IntRange(min = 1, max = 700) int size,
            @ForAll @IntRange(min = 0, max = 699) int index, @ForAll @IntRange(min = 0, max = 255) int bit) {
        Assume.that(index < size);
        MerkleTree tree = MerkleTree.ofEntryHashes(MerkleTreeTest.entryHashes(size));
        byte[] root = tree.root(size);
        List<byte[]> path = tree.inclusionPath(index, size);
        byte[] leaf = MerkleTreeTest.leaf(tree, index);
        assertThat(MerkleVerifier.inclusion(index, size, leaf, path, root)).isTrue();
        if (!path.isEmpty()) {
            assertThat(MerkleVerifier.inclusion(index, size, leaf, flip(path, bit), root)).isFalse();
        }
    }

    @Property(tries = 300)
    void anHonestConsistencyProofVerifiesAndAForgedOneDoesNot(@ForAll @IntRange(min = 1, max = 700) int from,
            @ForAll @IntRange(min = 1, max = 700) int to, @ForAll @IntRange(min = 0, max = 255) int bit) {
        Assume.that(from <= to);
        MerkleTree tree = MerkleTree.ofEntryHashes(MerkleTreeTest.entryHashes(to));
        List<byte[]> proof = tree.consistencyPath(from, to);
        assertThat(MerkleVerifier.consistency(from, to, tree.root(from), tree.root(to), proof)).isTrue();
        if (!proof.isEmpty()) {
            assertThat(MerkleVerifier.consistency(from, to, tree.root(from), tree.root(to), flip(proof, bit))).isFalse();
        }
    }

    /** The proof with one bit changed, in the hash chosen by {@code bit} too. */
    private static List<byte[]> flip(List<byte[]> proof, int bit) {
        List<byte[]> forged = new ArrayList<>();
        proof.forEach(step -> forged.add(step.clone()));
        byte[] step = forged.get(bit % forged.size());
        step[bit % 32] ^= (byte) (1 << (bit % 8));
        return forged;
    }
}
