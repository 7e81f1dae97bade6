package dev.ccp.litigation.legal.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.application.MovingCase;
import dev.ccp.litigation.cases.application.ReadingCases;
import dev.ccp.litigation.cases.domain.CaseStatus;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.legal.domain.Agency;
import dev.ccp.litigation.legal.domain.CriminalReferral;
import dev.ccp.litigation.legal.domain.ReferralStatus;
import dev.ccp.litigation.legal.infrastructure.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Refers a case to law enforcement and follows the referral (SENT → ACKNOWLEDGED → INVESTIGATING → PROSECUTED |
 * DECLINED, anything else a 409). The first referral moves the case to REFERRED; a case already REFERRED or FILED
 * (a civil suit alongside) keeps its status.
 */
@ApplicationScoped
public class ReferringCase {
    private final ReadingCases cases;
    private final MovingCase moving;
    private final ReferralRepository referrals;
    private final RecordingAction recording;
    private final ReadingLegal reading;
    private final LitigationConfig config;
    private final Clock clock;

    ReferringCase(ReadingCases cases, MovingCase moving, ReferralRepository referrals, RecordingAction recording,
            ReadingLegal reading, LitigationConfig config, Clock clock) {
        this.cases = cases;
        this.moving = moving;
        this.referrals = referrals;
        this.recording = recording;
        this.reading = reading;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public LegalState refer(String caseId, String agencyName, String jurisdictionCode, String summaryText,
            String reasonText, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        Agency agency = fields.oneOf("agency", agencyName, Agency.class);
        String jurisdiction = fields.jurisdiction("jurisdiction", jurisdictionCode);
        String summary = fields.text("summary", summaryText, true);
        String reason = fields.text("reason", reasonText, false);
        if (agency != null && jurisdiction != null && !agency.actsIn(jurisdiction)) {
            fields.add("jurisdiction", agency + " does not act in " + jurisdiction);
        }
        fields.check();

        CaseStatus status = cases.get(caseId).litigationCase().status();
        if (referrals.ofCase(caseId).size() >= config.legal().maxReferrals()) {
            throw ProblemException.conflict("case " + caseId + " has " + config.legal().maxReferrals()
                    + " referrals, the most one case may have");
        }
        if (status != CaseStatus.REFERRED && status != CaseStatus.FILED) {
            moving.byLegalAction(caseId, CaseStatus.REFERRED, reason == null ? "referred to " + agency : reason, by);
        }
        CriminalReferral referral = new CriminalReferral(caseId, agency, jurisdiction, summary, by, clock.instant());
        referrals.persist(referral);

        ObjectNode content = RecordingAction.content("CRIMINAL_REFERRAL");
        content.put("referralId", referral.id()).put("agency", agency.name()).put("jurisdiction", jurisdiction)
                .put("summary", summary).put("status", referral.status().name());
        recording.record(caseId, "CRIMINAL_REFERRAL", referral.id(), reason, EvidenceType.NOTE, content, by);
        return reading.of(caseId);
    }

    @Transactional
    public LegalState move(String caseId, String referralId, String statusName, String noteText, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        ReferralStatus target = fields.oneOf("status", statusName, ReferralStatus.class);
        String note = fields.text("note", noteText, false);
        fields.check();
        CriminalReferral referral = referrals.findByIdOptional(referralId, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> r.caseId().equals(caseId))
                .orElseThrow(() -> ProblemException.notFound("referral", referralId));
        ReferralStatus from = referral.status();
        if (!referral.moveTo(target, clock.instant())) {
            throw ProblemException.conflict("referral " + referralId + " is " + from + " and cannot become " + target
                    + (from.next().isEmpty() ? "; it has ended" : "; it can become " + from.next()));
        }
        ObjectNode content = RecordingAction.content("REFERRAL_STATUS");
        content.put("referralId", referralId).put("agency", referral.agency().name()).put("from", from.name())
                .put("to", target.name());
        recording.record(caseId, "REFERRAL_" + target, referralId, note, EvidenceType.NOTE, content, by);
        return reading.of(caseId);
    }
}
