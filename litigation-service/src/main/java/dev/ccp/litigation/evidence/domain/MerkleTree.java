package dev.ccp.litigation.evidence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The RFC 9162 (Certificate Transparency 2.0) Merkle tree over a case's entries, §2.1.1 to §2.1.4. Leaf i's data is
 * the 32 bytes of entry i+1's hash; leaves and nodes are domain-separated as the RFC says: a leaf hash is
 * SHA-256(0x00 || data), a node hash SHA-256(0x01 || left || right), and a tree of n leaves splits at the largest
 * power of two below n. Sizes and indexes count from 0 here and from 1 for sequence numbers.
 *
 * <p>Every hash is found as a fold of complete subtrees ({@link Subtrees}): a tree built here from its leaves keeps
 * all of them (about 2n hashes, built in one pass), a tree over stored subtrees reads only the O(log n) a root or
 * proof needs. Either way a root, a path or a proof costs O(log n) hashes.
 */
public final class MerkleTree {
    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private final int size;
    private final Subtrees subtrees;

    private MerkleTree(int size, Subtrees subtrees) {
        this.size = size;
        this.subtrees = subtrees;
    }

    /** The tree of {@code size} leaves whose complete subtrees come from {@code subtrees} (e.g. stored ones). */
    public static MerkleTree over(int size, Subtrees subtrees) {
        if (size < 0) {
            throw new IllegalArgumentException("a tree has no negative size");
        }
        return new MerkleTree(size, subtrees);
    }

    /** The tree whose leaves' data are these entry hashes, in sequence order. */
    public static MerkleTree ofEntryHashes(List<String> entryHashes) {
        return ofLeafData(entryHashes.stream().map(Sha256::bytes).toList());
    }

    /** The tree over these leaves' data (RFC 9162's D[n]). */
    public static MerkleTree ofLeafData(List<byte[]> data) {
        Builder builder = new Builder();
        data.forEach(builder::add);
        return builder.tree();
    }

    /**
     * The complete subtrees appending leaf {@code leafIndex} (hash {@code leafHash}) creates: the leaf itself and
     * every subtree it completes. {@code left} answers the complete subtrees of the tree before (only the left
     * siblings of the new nodes are asked, at most log2(n) of them: see {@link #leftSiblings}).
     */
    public static List<SubtreeNode> appended(long leafIndex, byte[] leafHash, Subtrees left) {
        List<SubtreeNode> nodes = new ArrayList<>();
        byte[] hash = leafHash;
        nodes.add(new SubtreeNode(0, leafIndex, hash));
        long index = leafIndex;
        for (int level = 0; (index & 1) == 1; level++, index >>= 1) {
            hash = nodeHash(left.complete(level, index - 1), hash);
            nodes.add(new SubtreeNode(level + 1, index >> 1, hash));
        }
        return nodes;
    }

    /** The (level, index) pairs {@link #appended} asks {@code left} for, so a caller can read them at once. */
    public static List<long[]> leftSiblings(long leafIndex) {
        List<long[]> siblings = new ArrayList<>();
        long index = leafIndex;
        for (int level = 0; (index & 1) == 1; level++, index >>= 1) {
            siblings.add(new long[] {level, index - 1});
        }
        return siblings;
    }

    /**
     * The complete subtrees {@code compute} needs from a tree of {@code size} leaves, found by running it once
     * over placeholders: the shapes of RFC 9162's roots and proofs depend on sizes and indexes only, never on
     * hash values, so a caller can read exactly these (one query) and then run {@code compute} for real.
     */
    public static List<long[]> subtreesNeeded(int size, Function<MerkleTree, ?> compute) {
        List<long[]> needed = new ArrayList<>();
        byte[] placeholder = new byte[32];
        compute.apply(new MerkleTree(size, (level, index) -> {
            needed.add(new long[] {level, index});
            return placeholder;
        }));
        return needed;
    }

    public static byte[] leafHash(byte[] data) {
        return Sha256.digest(LEAF, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Sha256.digest(NODE, left, right);
    }

    public int size() {
        return size;
    }

    /** MTH(D[size]): the root of the tree of the first {@code size} leaves (the hash of nothing for 0). */
    public byte[] root(int size) {
        requireSize(size);
        return size == 0 ? Sha256.digest() : hash(0, size);
    }

    /** PATH(index, D[size]) of §2.1.3.1: the audit path proving leaf {@code index} is in the tree of {@code size}. */
    public List<byte[]> inclusionPath(int index, int size) {
        requireSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** PROOF(from, D[to]) of §2.1.4.1: proves the tree of {@code from} leaves is a prefix of the tree of {@code to}. */
    public List<byte[]> consistencyPath(int from, int to) {
        requireSize(to);
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        if (from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    private byte[] hash(int start, int end) {
        int n = end - start;
        if (Integer.bitCount(n) == 1) {
            // RFC 9162's recursion only ever asks for a power-of-two range at a multiple of its size
            int level = Integer.numberOfTrailingZeros(n);
            return subtrees.complete(level, start >> level);
        }
        int k = split(n);
        return nodeHash(hash(start, start + k), hash(start + k, end));
    }

    private void path(int m, int start, int end, List<byte[]> out) {
        int n = end - start;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(m, start, start + k, out);
            out.add(hash(start + k, end));
        } else {
            path(m - k, start + k, end, out);
            out.add(hash(start, start + k));
        }
    }

    private void subproof(int m, int start, int end, boolean complete, List<byte[]> out) {
        int n = end - start;
        if (m == n) {
            if (!complete) {
                out.add(hash(start, end));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(m, start, start + k, complete, out);
            out.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(hash(start, start + k));
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void requireSize(int asked) {
        if (asked < 0 || asked > size) {
            throw new IllegalArgumentException("the tree has " + size + " leaves, not " + asked);
        }
    }

    /**
     * Builds a tree leaf by leaf in one pass, keeping every complete subtree in memory (level k holds
     * floor(n / 2^k) hashes): about 2n hashes and 64n bytes for n leaves.
     */
    public static final class Builder {
        private final List<List<byte[]>> levels = new ArrayList<>();
        private int size;

        /** Adds the next leaf, whose data is {@code data} (an entry hash's 32 bytes). */
        public Builder add(byte[] data) {
            byte[] hash = leafHash(data);
            long index = size;
            for (int level = 0; ; level++, index >>= 1) {
                if (levels.size() == level) {
                    levels.add(new ArrayList<>());
                }
                List<byte[]> nodes = levels.get(level);
                nodes.add(hash);
                if ((index & 1) == 0) {
                    break;
                }
                hash = nodeHash(nodes.get(nodes.size() - 2), hash);
            }
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        /** The tree of the leaves added so far (it shares this builder's hashes: add no more after). */
        public MerkleTree tree() {
            return new MerkleTree(size, (level, index) -> levels.get(level).get((int) index));
        }
    }
}
