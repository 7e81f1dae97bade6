package dev.ccp.litigation.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree, its proofs and the verifier against RFC 9162: the Certificate Transparency reference vectors (eight
 * leaves, used by every CT implementation's tests) and, for every size up to 64, the RFC's own definitions.
 */
class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();
    /** The CT reference leaves' data. */
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void rootsOfTheReferenceTreesAreTheReferenceRoots() {
        MerkleTree tree = reference();
        assertThat(Sha256.hex(tree.root(0))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int size = 1; size <= 8; size++) {
            assertThat(Sha256.hex(tree.root(size))).as("root of %d leaves", size).isEqualTo(ROOTS[size - 1]);
        }
    }

    @Test
    void inclusionAndConsistencyProofsAreTheReferenceOnes() {
        MerkleTree tree = reference();
        assertThat(hex(tree.inclusionPath(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(tree.inclusionPath(0, 1)).isEmpty();
        assertThat(hex(tree.consistencyPath(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.consistencyPath(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.consistencyPath(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(tree.consistencyPath(8, 8)).isEmpty();
    }

    @Test
    void everyProofOfEveryTreeUpToSixtyFourLeavesVerifies() {
        MerkleTree tree = MerkleTree.ofEntryHashes(entryHashes(64));
        for (int size = 1; size <= 64; size++) {
            byte[] root = tree.root(size);
            assertThat(root).as("root of %d", size).isEqualTo(mth(tree, 0, size));
            for (int index = 0; index < size; index++) {
                assertThat(MerkleVerifier.inclusion(index, size, leaf(tree, index), tree.inclusionPath(index, size), root))
                        .as("leaf %d of %d", index, size).isTrue();
            }
            for (int from = 1; from <= size; from++) {
                assertThat(MerkleVerifier.consistency(from, size, tree.root(from), root, tree.consistencyPath(from, size)))
                        .as("%d to %d", from, size).isTrue();
            }
        }
    }

    @Test
    void aForgedInclusionProofIsRefused() {
        MerkleTree tree = MerkleTree.ofEntryHashes(entryHashes(13));
        byte[] root = tree.root(13);
        List<byte[]> path = tree.inclusionPath(5, 13);
        assertThat(MerkleVerifier.inclusion(5, 13, leaf(tree, 5), path, root)).isTrue();
        assertThat(MerkleVerifier.inclusion(5, 13, leaf(tree, 6), path, root)).as("another leaf").isFalse();
        assertThat(MerkleVerifier.inclusion(6, 13, leaf(tree, 5), path, root)).as("another index").isFalse();
        // (a size with the same path shape, 12 here, proves the same: the root is signed together with its size)
        assertThat(MerkleVerifier.inclusion(5, 8, leaf(tree, 5), path, root)).as("another size").isFalse();
        assertThat(MerkleVerifier.inclusion(5, 13, leaf(tree, 5), flipped(path, 1), root)).as("a changed hash").isFalse();
        assertThat(MerkleVerifier.inclusion(5, 13, leaf(tree, 5), path.subList(0, path.size() - 1), root))
                .as("a truncated path").isFalse();
        List<byte[]> longer = new ArrayList<>(path);
        longer.add(root);
        assertThat(MerkleVerifier.inclusion(5, 13, leaf(tree, 5), longer, root)).as("an extended path").isFalse();
        assertThat(MerkleVerifier.inclusion(13, 13, leaf(tree, 5), path, root)).as("outside the tree").isFalse();
        assertThat(MerkleVerifier.inclusion(5, 13, leaf(tree, 5), path, tree.root(12))).as("another root").isFalse();
    }

    @Test
    void aForgedConsistencyProofIsRefused() {
        MerkleTree tree = MerkleTree.ofEntryHashes(entryHashes(13));
        List<byte[]> proof = tree.consistencyPath(6, 13);
        byte[] from = tree.root(6);
        byte[] to = tree.root(13);
        assertThat(MerkleVerifier.consistency(6, 13, from, to, proof)).isTrue();
        assertThat(MerkleVerifier.consistency(6, 13, from, to, flipped(proof, 0))).as("a changed hash").isFalse();
        assertThat(MerkleVerifier.consistency(6, 13, tree.root(5), to, proof)).as("another earlier root").isFalse();
        assertThat(MerkleVerifier.consistency(7, 13, from, to, proof)).as("another earlier size").isFalse();
        assertThat(MerkleVerifier.consistency(6, 13, from, to, proof.subList(1, proof.size()))).as("truncated").isFalse();
        assertThat(MerkleVerifier.consistency(6, 13, from, to, List.of())).as("empty").isFalse();
        assertThat(MerkleVerifier.consistency(14, 13, from, to, proof)).as("a shrinking tree").isFalse();

        // a history rewritten at entry 3: its tree of 13 is not an extension of the original tree of 6
        List<String> rewritten = new ArrayList<>(entryHashes(13));
        rewritten.set(2, Sha256.hex("rewritten"));
        MerkleTree other = MerkleTree.ofEntryHashes(rewritten);
        assertThat(MerkleVerifier.consistency(6, 13, from, other.root(13), other.consistencyPath(6, 13))).isFalse();
    }

    @Test
    void aProofOutsideTheTreeIsNotMade() {
        MerkleTree tree = MerkleTree.ofEntryHashes(entryHashes(3));
        assertThatThrownBy(() -> tree.inclusionPath(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.root(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyPath(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> entryHashes(int n) {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(Sha256.hex("entry " + i));
        }
        return hashes;
    }

    /** Leaf i's hash, from the data the test trees are built of (entryHashes(n) is a prefix of entryHashes(n + 1)). */
    static byte[] leaf(MerkleTree tree, int index) {
        return MerkleTree.leafHash(Sha256.bytes(entryHashes(index + 1).get(index)));
    }

    /** MTH as RFC 9162 §2.1.1 writes it, independently of MerkleTree's own recursion. */
    private static byte[] mth(MerkleTree tree, int start, int end) {
        int n = end - start;
        if (n == 1) {
            return MerkleTree.leafHash(Sha256.bytes(entryHashes(64).get(start)));
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return MerkleTree.nodeHash(mth(tree, start, start + k), mth(tree, start + k, end));
    }

    private static List<byte[]> flipped(List<byte[]> path, int at) {
        List<byte[]> forged = new ArrayList<>();
        for (byte[] step : path) {
            forged.add(step.clone());
        }
        forged.get(at)[0] ^= 1;
        return forged;
    }

    /** The CT reference tree: its leaves' data are the reference byte strings, not entry hashes. */
    private static MerkleTree reference() {
        return MerkleTree.ofLeafData(java.util.Arrays.stream(LEAVES).map(HEX::parseHex).toList());
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
