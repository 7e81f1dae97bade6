package dev.ccp.litigation.evidence.domain;

/** One stored complete subtree of a case's Merkle tree (see {@link Subtrees}). */
public record SubtreeNode(int level, long index, byte[] hash) {

    /** The leaves this subtree covers are [first, first + 2^level). */
    public long firstLeaf() {
        return index << level;
    }
}
