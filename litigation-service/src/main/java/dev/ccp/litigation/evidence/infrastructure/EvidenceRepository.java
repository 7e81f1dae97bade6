package dev.ccp.litigation.evidence.infrastructure;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

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

    /** Only the stored entry hashes, in sequence order: what the tree is built from for proofs. */
    public List<String> entryHashes(String caseId, int limit) {
        return getEntityManager().createQuery(
                        "select e.entryHash from EvidenceEntry e where e.caseId = ?1 order by e.sequence", String.class)
                .setParameter(1, caseId).setMaxResults(limit).getResultList();
    }

    public List<EvidenceEntry> page(String caseId, PageRequest window) {
        return find("caseId", BY_SEQUENCE, caseId).page(Page.of(window.page(), window.size())).list();
    }

    public long countOf(String caseId) {
        return count("caseId", caseId);
    }
}
