package dev.ccp.litigation.evidence.domain;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks RFC 9162 proofs as anyone holding only hashes would: §2.1.3.2 for inclusion, §2.1.4.2 for consistency.
 * It trusts nothing the prover says beyond the hashes; a forged or truncated proof is refused.
 */
public final class MerkleVerifier {
    private MerkleVerifier() {
    }

    /** Whether {@code path} proves the leaf with hash {@code leafHash} is leaf {@code index} of the tree {@code root}. */
    public static boolean inclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleTree.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleTree.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** Whether {@code path} proves the tree {@code fromRoot} of {@code from} leaves is a prefix of {@code toRoot}. */
    public static boolean consistency(long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> path) {
        if (from < 1 || from > to) {
            return false;
        }
        if (from == to) {
            return path.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        List<byte[]> proof = new ArrayList<>(path);
        if (Long.bitCount(from) == 1) {
            proof.add(0, fromRoot);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = proof.get(0);
        byte[] sr = proof.get(0);
        for (byte[] c : proof.subList(1, proof.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleTree.nodeHash(c, fr);
                sr = MerkleTree.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleTree.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }
}
