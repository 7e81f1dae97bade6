package dev.ccp.litigation.evidence.domain;

/**
 * Where a {@link MerkleTree} finds the hashes of its complete subtrees: the subtree at {@code level} k and
 * {@code index} i is the RFC 9162 hash of leaves [i·2^k, (i+1)·2^k), level 0 being the leaf hashes. Every hash an
 * RFC 9162 root, path or proof needs is a fold of at most 2·log2(n) of these, so a source that has them stored
 * answers a proof in O(log n) look-ups.
 */
@FunctionalInterface
public interface Subtrees {
    byte[] complete(int level, long index);
}
