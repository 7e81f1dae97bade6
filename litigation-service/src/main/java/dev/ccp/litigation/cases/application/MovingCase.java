package dev.ccp.litigation.cases.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.domain.CaseStatus;
import dev.ccp.litigation.cases.domain.IllegalCaseTransitionException;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.domain.StatusChange;
import dev.ccp.litigation.cases.infrastructure.CaseRepository;
import dev.ccp.litigation.cases.infrastructure.StatusChangeRepository;
import dev.ccp.litigation.config.LitigationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Moves a case along its lifecycle, audited; an illegal move is a 409 and changes nothing. */
@ApplicationScoped
public class MovingCase {
    private final CaseRepository cases;
    private final StatusChangeRepository changes;
    private final ReadingCases reading;
    private final LitigationConfig.Cases config;
    private final Clock clock;

    MovingCase(CaseRepository cases, StatusChangeRepository changes, ReadingCases reading, LitigationConfig config,
            Clock clock) {
        this.cases = cases;
        this.changes = changes;
        this.reading = reading;
        this.config = config.cases();
        this.clock = clock;
    }

    @Transactional
    public CaseRecord move(String caseId, String status, String note, String by) {
        CaseStatus target = parse(status);
        if (note != null && note.length() > config.maxTextLength()) {
            throw ProblemException.badRequest("note", "at most " + config.maxTextLength() + " characters");
        }
        LitigationCase found = cases.findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("case", caseId));
        StatusChange change;
        try {
            change = found.moveTo(target, note == null || note.isBlank() ? null : note.strip(), by, clock.instant());
        } catch (IllegalCaseTransitionException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        changes.persist(change);
        return reading.get(caseId);
    }

    private static CaseStatus parse(String status) {
        if (status == null) {
            throw ProblemException.badRequest("status", "is required");
        }
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of " + java.util.Arrays.toString(CaseStatus.values()));
        }
    }
}
