package dev.ccp.litigation.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key pair that signs tree heads (RFC 8032, the JDK's own implementation). Its id is the SHA-256 of the
 * public key's DER SubjectPublicKeyInfo, the bytes of the published PEM.
 */
public final class EvidenceKeys {
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private EvidenceKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = Sha256.hex(Sha256.digest(publicKey.getEncoded()));
    }

    /**
     * The pair from base64 PKCS#8 and base64 X.509 encodings; refuses halves of different pairs, since every tree
     * head signed with them would fail verification against the published key.
     */
    public static EvidenceKeys fromBase64(String pkcs8, String spki) {
        if (pkcs8 == null || pkcs8.isBlank() || spki == null || spki.isBlank()) {
            throw new IllegalArgumentException("the Ed25519 evidence signing key pair is not configured "
                    + "(litigation.evidence.signing-key and litigation.evidence.public-key)");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(decode(pkcs8)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(decode(spki)));
            EvidenceKeys keys = new EvidenceKeys(privateKey, publicKey);
            byte[] probe = "litigation-service key check".getBytes(StandardCharsets.UTF_8);
            if (!keys.verifies(probe, keys.sign(probe))) {
                throw new IllegalArgumentException("the evidence public key is not the signing key's own");
            }
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the evidence signing key pair is not an Ed25519 pair: " + e.getMessage(), e);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The public key as a PEM "PUBLIC KEY" block, the form {@code openssl pkeyutl -pubin -inkey} reads. */
    public String publicPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64.strip());
    }
}
