package dev.ccp.litigation.evidence.infrastructure;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceEntry, Long> {
    private static final Sort BY_SEQUENCE = Sort.by("sequence");

    /**
     * Locks the case's row until the transaction ends, so appends to one case run one after another and the
     * sequence and chain never fork. False when there is no such case.
     */
    public boolean lockCase(String caseId) {
        return !getEntityManager().createNativeQuery("select id from litigation_case where id = ?1 for update")
                .setParameter(1, caseId).getResultList().isEmpty();
    }

    public boolean caseExists(String caseId) {
        return !getEntityManager().createNativeQuery("select id from litigation_case where id = ?1")
                .setParameter(1, caseId).getResultList().isEmpty();
    }

    public Optional<EvidenceEntry> last(String caseId) {
        return find("caseId", Sort.descending("sequence"), caseId).firstResultOptional();
    }

    public Optional<EvidenceEntry> fromEvent(String caseId, String sourceEventId) {
        return find("caseId = ?1 and sourceEventId = ?2", caseId, sourceEventId).firstResultOptional();
    }

    public Optional<EvidenceEntry> at(String caseId, long sequence) {
        return find("caseId = ?1 and sequence = ?2", caseId, sequence).firstResultOptional();
    }

    /** The whole ledger in sequence order (bounded by the caller: litigation.evidence.max-entries). */
    public List<EvidenceEntry> ledger(String caseId, int limit) {
        return find("caseId", BY_SEQUENCE, caseId).range(0, limit - 1).list();
    }

    /** Only entry {@code sequence}'s stored hash (what an inclusion proof names), not the whole row. */
    public Optional<String> entryHashAt(String caseId, long sequence) {
        return getEntityManager().createQuery(
                        "select e.entryHash from EvidenceEntry e where e.caseId = ?1 and e.sequence = ?2", String.class)
                .setParameter(1, caseId).setParameter(2, sequence).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The highest sequence number recorded for the case (0 for none): the size of its tree, read off the index. */
    public long lastSequence(String caseId) {
        Long last = getEntityManager().createQuery(
                        "select max(e.sequence) from EvidenceEntry e where e.caseId = ?1", Long.class)
                .setParameter(1, caseId).getSingleResult();
        return last == null ? 0 : last;
    }

    /** The case's entries of these types in sequence order, at most {@code limit} (read by case and type). */
    public List<EvidenceEntry> ofTypes(String caseId, Collection<EvidenceType> types, int limit) {
        return find("caseId = ?1 and type in ?2", BY_SEQUENCE, caseId, types).range(0, limit - 1).list();
    }

    public List<EvidenceEntry> page(String caseId, PageRequest window) {
        return find("caseId", BY_SEQUENCE, caseId).page(Page.of(window.page(), window.size())).list();
    }

    /**
     * Every entry of the case in sequence order, as the rows hold them, streamed through a cursor of
     * {@code fetchSize} rows (plain JDBC, no managed entity per row): at most {@code limit}. Must run in a
     * transaction, which is what lets PostgreSQL's driver fetch in batches instead of all at once.
     */
    public void stream(String caseId, int limit, int fetchSize, Consumer<EvidenceEntry> each) {
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement select = c.prepareStatement("select sequence, type, content, content_hash,"
                    + " previous_hash, entry_hash, recorded_by, recorded_at, source_event_id from evidence_entry"
                    + " where case_id = ? order by sequence limit ?")) {
                select.setFetchSize(fetchSize);
                select.setString(1, caseId);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        OffsetDateTime at = rows.getObject(8, OffsetDateTime.class);
                        each.accept(EvidenceEntry.stored(caseId, rows.getLong(1), typeOf(rows.getString(2)),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                                rows.getString(7), at == null ? null : at.toInstant(), rows.getString(9)));
                    }
                }
            }
        });
    }

    private static EvidenceType typeOf(String stored) {
        try {
            return stored == null ? null : EvidenceType.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null; // altered underneath: the entry's hash no longer holds, which verification reports
        }
    }

    public long countOf(String caseId) {
        return count("caseId", caseId);
    }
}
