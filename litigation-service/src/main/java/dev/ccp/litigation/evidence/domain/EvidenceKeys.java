package dev.ccp.litigation.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Ed25519 key pair that signs tree heads (RFC 8032, the JDK's own implementation), and the public keys it
 * replaced. A key's id is the SHA-256 of its DER SubjectPublicKeyInfo, the bytes of the published PEM. New heads
 * are signed with the current pair; a head signed before a rotation is checked with the retired key it names, so
 * rotating the key never turns signed history into "invalid".
 */
public final class EvidenceKeys {
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Map<String, PublicKey> retired;

    /** How a signature stands against the key it names. */
    public enum Check {
        VERIFIED,
        /** The named key is known (current or retired) and the signature does not verify with it. */
        INVALID,
        /** The named key is neither the current one nor a retired one this service was given. */
        UNKNOWN_KEY
    }

    /** A public key as the service publishes it: its id, whether it signs new heads, and its PEM. */
    public record PublishedKey(String keyId, boolean current, String pem) {
    }

    private EvidenceKeys(PrivateKey privateKey, PublicKey publicKey, Map<String, PublicKey> retired) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = idOf(publicKey);
        this.retired = retired;
    }

    /** The pair alone, with no retired key (a service that never rotated). */
    public static EvidenceKeys fromBase64(String pkcs8, String spki) {
        return fromBase64(pkcs8, spki, List.of());
    }

    /**
     * The pair from base64 PKCS#8 and base64 X.509 encodings, and the retired public keys (base64 X.509); refuses
     * halves of different pairs, since every tree head signed with them would fail verification against the
     * published key, and any retired key that is not an Ed25519 public key.
     */
    public static EvidenceKeys fromBase64(String pkcs8, String spki, List<String> retiredSpki) {
        if (pkcs8 == null || pkcs8.isBlank() || spki == null || spki.isBlank()) {
            throw new IllegalArgumentException("the Ed25519 evidence signing key pair is not configured "
                    + "(litigation.evidence.signing-key and litigation.evidence.public-key)");
        }
        EvidenceKeys keys;
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(decode(pkcs8)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(decode(spki)));
            Map<String, PublicKey> retired = new LinkedHashMap<>();
            for (String old : retiredSpki) {
                if (!old.isBlank()) {
                    PublicKey key = factory.generatePublic(new X509EncodedKeySpec(decode(old)));
                    retired.putIfAbsent(idOf(key), key);
                }
            }
            retired.remove(idOf(publicKey)); // the current key is not retired, whatever the list says
            keys = new EvidenceKeys(privateKey, publicKey, retired);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the evidence keys are not Ed25519 keys: " + e.getMessage(), e);
        }
        byte[] probe = "litigation-service key check".getBytes(StandardCharsets.UTF_8);
        if (!keys.verifies(probe, keys.sign(probe))) {
            throw new IllegalArgumentException("the evidence public key is not the signing key's own");
        }
        return keys;
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

    /** Whether the current key made this signature. */
    public boolean verifies(byte[] message, byte[] signature) {
        return verifies(publicKey, message, signature);
    }

    /** Checks a signature with the key it names: the current one or a retired one. */
    public Check check(String signerKeyId, byte[] message, byte[] signature) {
        PublicKey key = keyId.equals(signerKeyId) ? publicKey : retired.get(signerKeyId);
        if (key == null) {
            return Check.UNKNOWN_KEY;
        }
        return verifies(key, message, signature) ? Check.VERIFIED : Check.INVALID;
    }

    /** The id of the current key, the one new heads are signed with. */
    public String keyId() {
        return keyId;
    }

    /** The current public key as a PEM "PUBLIC KEY" block, the form {@code openssl pkeyutl -pubin -inkey} reads. */
    public String publicPem() {
        return pem(publicKey);
    }

    /** The PEM of the current or a retired key, by id. */
    public Optional<String> publicPem(String id) {
        PublicKey key = keyId.equals(id) ? publicKey : retired.get(id);
        return Optional.ofNullable(key).map(EvidenceKeys::pem);
    }

    /** Every key a head may be checked with: the current one first, then the retired ones as configured. */
    public List<PublishedKey> published() {
        List<PublishedKey> keys = new ArrayList<>();
        keys.add(new PublishedKey(keyId, true, pem(publicKey)));
        retired.forEach((id, key) -> keys.add(new PublishedKey(id, false, pem(key))));
        return keys;
    }

    private static boolean verifies(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String idOf(PublicKey key) {
        return Sha256.hex(Sha256.digest(key.getEncoded()));
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64.strip());
    }
}
