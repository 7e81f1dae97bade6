package dev.ccp.litigation.support;

import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.domain.TreeHead;
import dev.ccp.litigation.evidence.infrastructure.TreeHeadRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;

/**
 * Tree heads as the service would have stored them when it signed with another key: the one it has since retired
 * (configured by {@link LitigationInfrastructure}) or one it never knew.
 */
public final class OldTreeHeads {
    private OldTreeHeads() {
    }

    /** The pair the service was told it retired. */
    public static EvidenceKeys retired() {
        return EvidenceKeys.fromBase64(System.getProperty(LitigationInfrastructure.RETIRED_SIGNING_KEY),
                System.getProperty(LitigationInfrastructure.RETIRED_PUBLIC_KEY));
    }

    /** A pair the service has never heard of. */
    public static EvidenceKeys unknown() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return EvidenceKeys.fromBase64(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a head of the case's tree of {@code size} entries, whose root is {@code rootHex}, signed with {@code keys}. */
    public static TreeHead store(TreeHeadRepository heads, String caseId, long size, String rootHex, EvidenceKeys keys,
            Instant signedAt) {
        TreeHead head = TreeHead.sign(caseId, size, Sha256.bytes(rootHex), signedAt, keys);
        QuarkusTransaction.requiringNew().run(() -> heads.persist(head));
        return head;
    }
}
