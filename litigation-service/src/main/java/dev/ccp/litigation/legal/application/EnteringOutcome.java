package dev.ccp.litigation.legal.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.core.money.Money;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.application.MovingCase;
import dev.ccp.litigation.cases.application.ReadingCases;
import dev.ccp.litigation.cases.domain.CaseStatus;
import dev.ccp.litigation.cases.domain.Defendant;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.legal.domain.CaseOutcome;
import dev.ccp.litigation.legal.domain.CivilFiling;
import dev.ccp.litigation.legal.infrastructure.FilingRepository;
import dev.ccp.litigation.legal.infrastructure.OutcomeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enters how a FILED or REFERRED case ended: a judgment (the case becomes JUDGMENT) or a settlement (SETTLED). A
 * judgment for the plaintiff publishes {@code case.judgment-entered} in the same transaction, so seller-service
 * denylists the defendants' accounts.
 */
@ApplicationScoped
public class EnteringOutcome {
    private static final Set<String> NON_SELLER_KINDS = Set.of("INFLUENCER", "SUPPLIER", "LOGISTICS");

    private final ReadingCases cases;
    private final MovingCase moving;
    private final FilingRepository filings;
    private final OutcomeRepository outcomes;
    private final RecordingAction recording;
    private final ReadingLegal reading;
    private final Outbox outbox;
    private final LitigationConfig config;
    private final Clock clock;

    EnteringOutcome(ReadingCases cases, MovingCase moving, FilingRepository filings, OutcomeRepository outcomes,
            RecordingAction recording, ReadingLegal reading, Outbox outbox, LitigationConfig config, Clock clock) {
        this.cases = cases;
        this.moving = moving;
        this.filings = filings;
        this.outcomes = outcomes;
        this.recording = recording;
        this.reading = reading;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public LegalState enter(String caseId, CaseOutcome.Kind kind, EnterOutcome asked, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        boolean judgment = kind == CaseOutcome.Kind.JUDGMENT;
        if (judgment && asked.forPlaintiff() == null) {
            fields.add("forPlaintiff", "is required: true for a judgment for the plaintiff");
        }
        String court = fields.text("court", asked.court(), false);
        String docket = fields.text("docket", asked.docket(), false);
        LocalDate enteredOn = fields.pastDate("enteredOn", asked.enteredOn(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Money damages = asked.damagesGiven()
                ? fields.money("damages", asked.damagesAmount(), asked.damagesCurrency()) : null;
        List<String> injunctions = fields.texts("injunctions", asked.injunctions(), config.legal().maxItems(), false);
        String reason = fields.text("reason", asked.reason(), false);
        fields.check();

        LitigationCase litigationCase = cases.get(caseId).litigationCase();
        CaseStatus target = judgment ? CaseStatus.JUDGMENT : CaseStatus.SETTLED;
        if (!litigationCase.status().canBecome(target)) {
            throw ProblemException.conflict("case " + caseId + " is " + litigationCase.status() + " and cannot become "
                    + target + ": only a FILED or REFERRED case is judged or settled");
        }
        List<Defendant> defendants = litigationCase.defendants();
        Optional<CivilFiling> filing = filings.ofCase(caseId);
        String courtOf = court != null ? court : filing.map(CivilFiling::court).orElse(null);
        String docketOf = docket != null ? docket : filing.map(CivilFiling::docketNumber).orElse(null);
        if (judgment && courtOf == null) {
            fields.add("court", "is required when the case has no civil filing");
            fields.check();
        }
        if (outcomes.ofCase(caseId).isPresent()) {
            throw ProblemException.conflict("case " + caseId + " has its judgment or settlement already");
        }
        moving.byLegalAction(caseId, target,
                reason == null ? (judgment ? "judgment entered" : "settled") + " on " + enteredOn : reason, by);
        CaseOutcome outcome = new CaseOutcome(caseId, kind, judgment && asked.forPlaintiff(), courtOf, docketOf,
                enteredOn, damages, injunctions, by, clock.instant());
        outcomes.persist(outcome);

        ObjectNode content = RecordingAction.content(kind.name());
        content.put("outcomeId", outcome.id()).put("forPlaintiff", outcome.forPlaintiff()).put("court", courtOf)
                .put("docket", docketOf).put("enteredOn", enteredOn.toString());
        if (damages != null) {
            content.putObject("damages").put("amount", damages.decimal()).put("currency", damages.currency());
        }
        injunctions.forEach(content.putArray("injunctions")::add);
        recording.record(caseId, kind.name(), outcome.id(), reason, EvidenceType.NOTE, content, by);

        if (judgment && outcome.forPlaintiff()) {
            outbox.append(new JudgmentEntered(caseId, courtOf, docketOf, enteredOn,
                    defendants.stream().map(EnteringOutcome::bound).toList()));
        }
        return reading.of(caseId);
    }

    /** A defendant as the contract names it: only a SELLER is a marketplace account the denylist can bar. */
    private static JudgmentEntered.Defendant bound(Defendant defendant) {
        String kind = NON_SELLER_KINDS.contains(defendant.role()) ? defendant.role() : "SELLER";
        return new JudgmentEntered.Defendant(kind, kind.equals("SELLER") ? defendant.sellerId() : null,
                defendant.name());
    }
}
