package dev.ccp.litigation.evidence.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingEvidence {
    private final EvidenceRepository entries;

    ReadingEvidence(EvidenceRepository entries) {
        this.entries = entries;
    }

    public Slice ledger(String caseId, PageRequest window) {
        requireCase(caseId);
        return new Slice(entries.page(caseId, window), entries.countOf(caseId));
    }

    public EvidenceEntry entry(String caseId, long sequence) {
        requireCase(caseId);
        return entries.at(caseId, sequence)
                .orElseThrow(() -> ProblemException.notFound("evidence entry", caseId + "/" + sequence));
    }

    void requireCase(String caseId) {
        if (!entries.caseExists(caseId)) {
            throw ProblemException.notFound("case", caseId);
        }
    }

    public record Slice(List<EvidenceEntry> items, long total) {
    }
}
