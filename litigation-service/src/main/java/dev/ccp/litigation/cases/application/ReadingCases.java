package dev.ccp.litigation.cases.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.infrastructure.CaseRepository;
import dev.ccp.litigation.cases.infrastructure.StatusChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingCases {
    private final CaseRepository cases;
    private final StatusChangeRepository changes;

    ReadingCases(CaseRepository cases, StatusChangeRepository changes) {
        this.cases = cases;
        this.changes = changes;
    }

    public CaseRecord get(String caseId) {
        return cases.findByIdOptional(caseId).map(c -> new CaseRecord(c, changes.ofCase(caseId)))
                .orElseThrow(() -> ProblemException.notFound("case", caseId));
    }

    public Slice against(String sellerId, PageRequest window) {
        List<CaseRecord> items = cases.against(sellerId, window).stream()
                .map(c -> new CaseRecord(c, changes.ofCase(c.id()))).toList();
        return new Slice(items, cases.countAgainst(sellerId));
    }

    /** The cases a brand is party to, oldest first. */
    public Slice ofBrand(String brandId, PageRequest window) {
        List<CaseRecord> items = cases.ofBrand(brandId, window).stream()
                .map(c -> new CaseRecord(c, changes.ofCase(c.id()))).toList();
        return new Slice(items, cases.countOfBrand(brandId));
    }

    public record Slice(List<CaseRecord> items, long total) {
    }
}
