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
import java.util.Arrays;
import java.util.Map;

/**
 * Moves a case along its lifecycle, audited and announced ({@code case.status-changed}); an illegal move is a 409
 * and changes nothing. A bare status change ({@link #move}) never reaches a status that a legal action stands
 * behind: those come only with the filing, the referral, the judgment or the settlement ({@link #byLegalAction}).
 */
@ApplicationScoped
public class MovingCase {
    /** The statuses only a legal action reaches, and the endpoint of that action. */
    private static final Map<CaseStatus, String> LEGAL_ACTIONS = Map.of(
            CaseStatus.FILED, "a civil filing: POST /api/v1/cases/{id}/legal/filing",
            CaseStatus.REFERRED, "a criminal referral: POST /api/v1/cases/{id}/legal/referrals",
            CaseStatus.JUDGMENT, "a judgment: POST /api/v1/cases/{id}/legal/judgment",
            CaseStatus.SETTLED, "a settlement: POST /api/v1/cases/{id}/legal/settlement");

    private final CaseRepository cases;
    private final StatusChangeRepository changes;
    private final ReadingCases reading;
    private final PublishingCaseEvents events;
    private final LitigationConfig.Cases config;
    private final Clock clock;

    MovingCase(CaseRepository cases, StatusChangeRepository changes, ReadingCases reading, PublishingCaseEvents events,
            LitigationConfig config, Clock clock) {
        this.cases = cases;
        this.changes = changes;
        this.reading = reading;
        this.events = events;
        this.config = config.cases();
        this.clock = clock;
    }

    /** Staff's bare status change: INVESTIGATING, DISMISSED, CLOSED; a legal action's status is a 409 naming it. */
    @Transactional
    public CaseRecord move(String caseId, String status, String note, String by) {
        CaseStatus target = parse(status);
        String action = LEGAL_ACTIONS.get(target);
        if (action != null) {
            throw ProblemException.conflict("a case becomes " + target + " only through " + action.replace("{id}",
                    caseId) + ", never by a bare status change");
        }
        return change(caseId, target, note, by);
    }

    /** The status move of a legal action (FILED, REFERRED, JUDGMENT, SETTLED), in the action's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRecord byLegalAction(String caseId, CaseStatus target, String note, String by) {
        return change(caseId, target, note, by);
    }

    private CaseRecord change(String caseId, CaseStatus target, String note, String by) {
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
        events.statusChanged(change);
        return reading.get(caseId);
    }

    private static CaseStatus parse(String status) {
        if (status == null) {
            throw ProblemException.badRequest("status", "is required");
        }
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of " + Arrays.toString(CaseStatus.values()));
        }
    }
}
