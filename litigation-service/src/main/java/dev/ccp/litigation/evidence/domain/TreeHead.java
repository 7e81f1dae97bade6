package dev.ccp.litigation.evidence.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * A signed tree head: the service's Ed25519 signature over the canonical JSON statement "case C's ledger had
 * {@code treeSize} entries with Merkle root {@code rootHash} at {@code timestamp}". The statement's exact bytes are
 * kept ({@code signedText}) and are what a bundle carries as tree-head.json. Never updated.
 */
@Entity
@Table(name = "evidence_tree_head")
public class TreeHead {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseId;
    private long treeSize;
    private String rootHash;
    private Instant signedAt;
    private String keyId;
    private String signedText;
    private String signature;

    protected TreeHead() {
    }

    public static TreeHead sign(String caseId, long treeSize, byte[] root, Instant now, EvidenceKeys keys) {
        TreeHead head = new TreeHead();
        head.caseId = caseId;
        head.treeSize = treeSize;
        head.rootHash = Sha256.hex(root);
        head.signedAt = now.truncatedTo(ChronoUnit.MILLIS);
        head.keyId = keys.keyId();
        head.signedText = statement(caseId, treeSize, head.rootHash, head.signedAt, head.keyId);
        head.signature = Base64.getEncoder().encodeToString(keys.sign(head.signedText.getBytes(StandardCharsets.UTF_8)));
        return head;
    }

    /** The canonical statement a tree head signs. */
    public static String statement(String caseId, long treeSize, String rootHash, Instant timestamp, String keyId) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("algorithm", "Ed25519");
        statement.put("caseId", caseId);
        statement.put("keyId", keyId);
        statement.put("rootHash", rootHash);
        statement.put("timestamp", timestamp.toString());
        statement.put("treeSize", treeSize);
        statement.put("tree", "RFC 9162 Merkle tree; leaf data = the 32 bytes of an entry hash");
        return CanonicalJson.of(statement.toString());
    }

    /** Whether the statement is what the stored fields say and carries a good signature of the key it names. */
    public boolean signatureHolds(EvidenceKeys keys) {
        return check(keys) == EvidenceKeys.Check.VERIFIED;
    }

    /**
     * The head checked with the key it names (the current one or a retired one): a statement that is not what the
     * stored fields say, or a signature that does not verify, is INVALID; a key the service does not know, UNKNOWN_KEY.
     */
    public EvidenceKeys.Check check(EvidenceKeys keys) {
        if (!statement(caseId, treeSize, rootHash, signedAt, keyId).equals(signedText)) {
            return EvidenceKeys.Check.INVALID;
        }
        try {
            return keys.check(keyId, signedText.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return EvidenceKeys.Check.INVALID;
        }
    }

    public String caseId() {
        return caseId;
    }

    public long treeSize() {
        return treeSize;
    }

    public String rootHash() {
        return rootHash;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String keyId() {
        return keyId;
    }

    public String signedText() {
        return signedText;
    }

    public byte[] signatureBytes() {
        return Base64.getDecoder().decode(signature);
    }

    public String signature() {
        return signature;
    }
}
