package dev.ccp.litigation.evidence.application;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.evidence.domain.MerkleTree;
import dev.ccp.litigation.evidence.domain.Sha256;
import dev.ccp.litigation.evidence.domain.SubtreeNode;
import dev.ccp.litigation.evidence.domain.Subtrees;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import dev.ccp.litigation.evidence.infrastructure.TreeNodeRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends to a case's evidence ledger: staff through the API, and (later) the event consumers, which call
 * {@link #record} inside their own inbox transaction. Appends to one case are serialised on the case's row, so
 * sequence and chain never fork; an entry from an event is added once, however often the event arrives. Each
 * append also stores the Merkle subtrees its leaf completes, under the same lock.
 */
@ApplicationScoped
public class RecordingEvidence {
    /** Entries one batch may append (one transaction, one lock, one commit). */
    public static final int MAX_BATCH = 500;

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

    /** One entry to append: what {@link #record} takes, for {@link #recordAll}. */
    public record NewEntry(EvidenceType type, JsonNode content, String sourceEventId) {
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
        Checked checked = check(type, content, sourceEventId);
        return new Appending(caseId).append(checked, recordedBy);
    }

    /**
     * Records the entries in order as the case's next ones, all or none (one transaction): the way to append many
     * at once, since every commit of an append holds the case's lock. A field error names the entry
     * ({@code entries[3].content}); an entry whose source event was recorded before (in this batch too) is not
     * recorded again, as with {@link #record}.
     */
    @Transactional
    public List<Recorded> recordAll(String caseId, List<NewEntry> batch, String recordedBy) {
        if (batch == null || batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw ProblemException.badRequest("entries", "must hold 1 to " + MAX_BATCH + " entries");
        }
        List<Checked> checked = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewEntry entry = batch.get(i);
            try {
                checked.add(entry == null ? check(null, null, null)
                        : check(entry.type(), entry.content(), entry.sourceEventId()));
            } catch (ProblemException e) {
                throw named("entries[" + i + "].", e);
            }
        }
        Appending appending = new Appending(caseId);
        List<Recorded> recorded = new ArrayList<>(checked.size());
        checked.forEach(entry -> recorded.add(appending.append(entry, recordedBy)));
        return recorded;
    }

    private Checked check(EvidenceType type, JsonNode content, String sourceEventId) {
        if (type == null) {
            throw ProblemException.badRequest("type", "is required");
        }
        return new Checked(type, ContentPolicy.canonical(content, config.maxContentBytes()),
                ContentPolicy.sourceEventId(sourceEventId));
    }

    private static ProblemException named(String prefix, ProblemException e) {
        List<Problem.FieldError> errors = e.errors().stream()
                .map(f -> new Problem.FieldError(prefix + f.field(), f.message())).toList();
        return errors.isEmpty() ? new ProblemException(e.status(), e.title(), prefix + e.getMessage(), errors)
                : ProblemException.invalid(errors);
    }

    private record Checked(EvidenceType type, String canonical, String source) {
    }

    /**
     * Appends to one case within the current transaction: the case's row locked once, the last entry and the
     * subtrees written so far kept at hand, so a batch reads each stored subtree at most once.
     */
    private final class Appending {
        private final String caseId;
        private final Map<String, byte[]> written = new HashMap<>();
        private EvidenceEntry last;

        Appending(String caseId) {
            if (!entries.lockCase(caseId)) {
                throw ProblemException.notFound("case", caseId);
            }
            this.caseId = caseId;
            this.last = entries.last(caseId).orElse(null);
        }

        Recorded append(Checked checked, String recordedBy) {
            if (checked.source() != null) {
                Optional<EvidenceEntry> earlier = entries.fromEvent(caseId, checked.source());
                if (earlier.isPresent()) {
                    return new Recorded(earlier.get(), false);
                }
            }
            if (last != null && last.sequence() >= config.maxEntries()) {
                throw ProblemException.conflict("case " + caseId + " holds " + config.maxEntries()
                        + " evidence entries, the most one ledger may hold");
            }
            EvidenceEntry entry = EvidenceEntry.after(last, caseId, checked.type(), checked.canonical(), recordedBy,
                    clock.instant(), checked.source());
            entries.persist(entry);
            storeSubtrees(entry);
            last = entry;
            metrics.counter("ccp.evidence.entries.recorded", "type", checked.type().name()).increment();
            return new Recorded(entry, true);
        }

        /** The subtrees the new leaf completes, stored with it so proofs read O(log n) nodes. */
        private void storeSubtrees(EvidenceEntry entry) {
            long index = entry.sequence() - 1;
            List<long[]> unknown = MerkleTree.leftSiblings(index).stream()
                    .filter(s -> !written.containsKey(key((int) s[0], s[1]))).toList();
            Subtrees stored = nodes.read(caseId, unknown);
            Subtrees siblings = (level, i) -> {
                byte[] hash = written.get(key(level, i));
                return hash != null ? hash : stored.complete(level, i);
            };
            List<SubtreeNode> added = MerkleTree.appended(index, MerkleTree.leafHash(Sha256.bytes(entry.entryHash())),
                    siblings);
            added.forEach(node -> written.put(key(node.level(), node.index()), node.hash()));
            nodes.insert(caseId, added);
        }

        private static String key(int level, long index) {
            return level + "/" + index;
        }
    }
}
