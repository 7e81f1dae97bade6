package dev.ccp.litigation.evidence.application;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import dev.ccp.litigation.evidence.infrastructure.TreeNodeRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Appends to a case's evidence ledger: staff through the API, and (later) the event consumers, which call
 * {@link #record} inside their own inbox transaction. Appends to one case are serialised on the case's row, so
 * sequence and chain never fork; an entry from an event is added once, however often the event arrives.
 */
@ApplicationScoped
public class RecordingEvidence {
    private final EvidenceRepository entries;
    private final TreeNodeRepository nodes;
    private final LitigationConfig.Evidence config;
    private final Clock clock;
    private final MeterRegistry metrics;

    RecordingEvidence(EvidenceRepository entries, TreeNodeRepository nodes, LitigationConfig config, Clock clock,
            MeterRegistry metrics) {
        this.entries = entries;
        this.nodes = nodes;
        this.config = config.evidence();
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Records {@code content} (a JSON object, stored in RFC 8785 canonical form) as the case's next entry.
     *
     * @param sourceEventId the event the entry comes from, or null for one a person adds; an id already recorded
     *                      for the case returns that entry, {@code created} false, and records nothing
     */
    @Transactional
    public Recorded record(String caseId, EvidenceType type, JsonNode content, String sourceEventId,
            String recordedBy) {
        if (type == null) {
            throw ProblemException.badRequest("type", "is required");
        }
        String canonical = ContentPolicy.canonical(content, config.maxContentBytes());
        String source = ContentPolicy.sourceEventId(sourceEventId);
        if (!entries.lockCase(caseId)) {
            throw ProblemException.notFound("case", caseId);
        }
        if (source != null) {
            Optional<EvidenceEntry> earlier = entries.fromEvent(caseId, source);
            if (earlier.isPresent()) {
                return new Recorded(earlier.get(), false);
            }
        }
        EvidenceEntry last = entries.last(caseId).orElse(null);
        if (last != null && last.sequence() >= config.maxEntries()) {
            throw ProblemException.conflict("case " + caseId + " holds " + config.maxEntries()
                    + " evidence entries, the most one ledger may hold");
        }
        EvidenceEntry entry = EvidenceEntry.after(last, caseId, type, canonical, recordedBy, clock.instant(), source);
        entries.persist(entry);
        storeSubtrees(entry);
        metrics.counter("ccp.evidence.entries.recorded", "type", type.name()).increment();
        return new Recorded(entry, true);
    }

    /** The subtrees the new leaf completes, stored with it so proofs read O(log n) nodes (under the same lock). */
    private void storeSubtrees(EvidenceEntry entry) {
        long index = entry.sequence() - 1;
        byte[] leaf = MerkleTree.leafHash(Sha256.bytes(entry.entryHash()));
        nodes.insert(entry.caseId(), MerkleTree.appended(index, leaf,
                nodes.read(entry.caseId(), MerkleTree.leftSiblings(index))));
    }
}
