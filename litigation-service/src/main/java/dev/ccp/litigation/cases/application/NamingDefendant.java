package dev.ccp.litigation.cases.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.domain.CaseStatus;
import dev.ccp.litigation.cases.domain.Defendant;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.infrastructure.CaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Adds a defendant to an open case (the caller audits it); a closed case or a party named twice is a 409. */
@ApplicationScoped
public class NamingDefendant {
    private final CaseRepository cases;
    private final Clock clock;

    NamingDefendant(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LitigationCase name(String caseId, Defendant defendant) {
        LitigationCase found = cases.findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("case", caseId));
        if (found.status() == CaseStatus.CLOSED) {
            throw ProblemException.conflict("case " + caseId + " is closed: it names no more defendants");
        }
        if (!found.addDefendant(defendant, clock.instant())) {
            throw ProblemException.conflict("case " + caseId + " already names " + defendant.sellerId());
        }
        return found;
    }
}
