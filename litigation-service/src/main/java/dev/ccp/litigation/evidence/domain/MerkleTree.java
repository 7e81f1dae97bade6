package dev.ccp.litigation.evidence.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 9162 (Certificate Transparency 2.0) Merkle tree over a case's entries, §2.1.1 to §2.1.4. Leaf i's data is
 * the 32 bytes of entry i+1's hash; leaves and nodes are domain-separated as the RFC says: a leaf hash is
 * SHA-256(0x00 || data), a node hash SHA-256(0x01 || left || right), and a tree of n leaves splits at the largest
 * power of two below n. Sizes and indexes count from 0 here and from 1 for sequence numbers.
 */
public final class MerkleTree {
    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private final List<byte[]> leafHashes;

    private MerkleTree(List<byte[]> leafHashes) {
        this.leafHashes = leafHashes;
    }

    /** The tree whose leaves' data are these entry hashes, in sequence order. */
    public static MerkleTree ofEntryHashes(List<String> entryHashes) {
        return ofLeafData(entryHashes.stream().map(Sha256::bytes).toList());
    }

    /** The tree over these leaves' data (RFC 9162's D[n]). */
    public static MerkleTree ofLeafData(List<byte[]> data) {
        List<byte[]> leaves = new ArrayList<>(data.size());
        for (byte[] d : data) {
            leaves.add(leafHash(d));
        }
        return new MerkleTree(leaves);
    }

    public static byte[] leafHash(byte[] data) {
        return Sha256.digest(LEAF, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Sha256.digest(NODE, left, right);
    }

    public int size() {
        return leafHashes.size();
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
        if (n == 1) {
            return leafHashes.get(start);
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

    private void requireSize(int size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("the tree has " + leafHashes.size() + " leaves, not " + size);
        }
    }
}
