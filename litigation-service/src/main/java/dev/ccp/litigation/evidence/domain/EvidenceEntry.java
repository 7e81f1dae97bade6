package dev.ccp.litigation.evidence.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of a case's append-only evidence ledger. Its hash covers its canonical content and the previous
 * entry's hash ({@link EntryEnvelope}), so changing any entry breaks the chain from there on; the entry hashes are
 * also the leaves of the case's Merkle tree ({@link MerkleTree}). Never updated: the database refuses it.
 */
@Entity
@Table(name = "evidence_entry")
public class EvidenceEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseId;
    private long sequence;
    @Enumerated(EnumType.STRING)
    private EvidenceType type;
    private String content;
    private String contentHash;
    private String previousHash;
    private String entryHash;
    private String recordedBy;
    private Instant recordedAt;
    private String sourceEventId;

    protected EvidenceEntry() {
    }

    private EvidenceEntry(String caseId, long sequence, EvidenceType type, String canonicalContent,
            String previousHash, String recordedBy, Instant recordedAt, String sourceEventId) {
        this.caseId = caseId;
        this.sequence = sequence;
        this.type = type;
        this.content = canonicalContent;
        this.contentHash = Sha256.hex(canonicalContent);
        this.previousHash = previousHash;
        this.recordedBy = recordedBy;
        // the database keeps microseconds; milliseconds print the same way before and after storing
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        this.sourceEventId = sourceEventId;
        this.entryHash = Sha256.hex(envelope());
    }

    /** The entry after {@code previous} (null for a ledger's first), its hashes computed. */
    public static EvidenceEntry after(EvidenceEntry previous, String caseId, EvidenceType type,
            String canonicalContent, String recordedBy, Instant recordedAt, String sourceEventId) {
        long sequence = previous == null ? 1 : previous.sequence + 1;
        String previousHash = previous == null ? Sha256.GENESIS : previous.entryHash;
        return new EvidenceEntry(caseId, sequence, type, canonicalContent, previousHash, recordedBy, recordedAt,
                sourceEventId);
    }

    /**
     * An entry exactly as a row holds it, hashes as stored and nothing recomputed: what verification reads
     * without the ORM. {@code type} null stands for a stored type that is none of {@link EvidenceType}.
     */
    public static EvidenceEntry stored(String caseId, long sequence, EvidenceType type, String content,
            String contentHash, String previousHash, String entryHash, String recordedBy, Instant recordedAt,
            String sourceEventId) {
        EvidenceEntry entry = new EvidenceEntry();
        entry.caseId = caseId;
        entry.sequence = sequence;
        entry.type = type;
        entry.content = content;
        entry.contentHash = contentHash;
        entry.previousHash = previousHash;
        entry.entryHash = entryHash;
        entry.recordedBy = recordedBy;
        entry.recordedAt = recordedAt;
        entry.sourceEventId = sourceEventId;
        return entry;
    }

    /** The canonical bytes (as UTF-8) this entry's hash is over, recomputed from what is stored. */
    public String envelope() {
        return EntryEnvelope.canonical(caseId, sequence, type == null ? null : type.name(), content, contentHash,
                previousHash, recordedBy, recordedAt, sourceEventId);
    }

    /**
     * {@link #envelope()} for an entry whose stored content is known to be in canonical form (the same bytes,
     * written directly): what verification uses once it has checked the content.
     */
    public String envelopeOfCanonicalContent() {
        return EntryEnvelope.ofCanonicalContent(caseId, sequence, type == null ? null : type.name(), content,
                contentHash, previousHash, recordedBy, recordedAt, sourceEventId);
    }

    public String caseId() {
        return caseId;
    }

    public long sequence() {
        return sequence;
    }

    public EvidenceType type() {
        return type;
    }

    public String content() {
        return content;
    }

    public String contentHash() {
        return contentHash;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String sourceEventId() {
        return sourceEventId;
    }
}
