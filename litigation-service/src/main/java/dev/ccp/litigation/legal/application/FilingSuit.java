package dev.ccp.litigation.legal.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.application.MovingCase;
import dev.ccp.litigation.cases.application.ReadingCases;
import dev.ccp.litigation.cases.domain.CaseStatus;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.legal.domain.CivilFiling;
import dev.ccp.litigation.legal.infrastructure.FilingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Files the case's civil suit: the case becomes FILED (409 if its lifecycle forbids it), audited and in the ledger. */
@ApplicationScoped
public class FilingSuit {
    private final ReadingCases cases;
    private final MovingCase moving;
    private final FilingRepository filings;
    private final RecordingAction recording;
    private final ReadingLegal reading;
    private final LitigationConfig config;
    private final Clock clock;

    FilingSuit(ReadingCases cases, MovingCase moving, FilingRepository filings, RecordingAction recording,
            ReadingLegal reading, LitigationConfig config, Clock clock) {
        this.cases = cases;
        this.moving = moving;
        this.filings = filings;
        this.recording = recording;
        this.reading = reading;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public LegalState file(String caseId, FileSuit suit, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        String court = fields.text("court", suit.court(), true);
        String jurisdiction = fields.jurisdiction("jurisdiction", suit.jurisdiction());
        String docket = fields.text("docketNumber", suit.docketNumber(), true);
        LocalDate filedOn = fields.pastDate("filedOn", suit.filedOn(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        List<String> claims = fields.texts("claims", suit.claims(), config.legal().maxItems(), true);
        Set<String> brands = fields.ids("coPlaintiffBrandIds", suit.coPlaintiffBrandIds(), config.cases().maxParties());
        String reason = fields.text("reason", suit.reason(), false);
        fields.check();

        LitigationCase litigationCase = cases.get(caseId).litigationCase();
        int i = 0;
        for (String brand : brands) {
            if (!litigationCase.concernsBrand(brand)) {
                fields.add("coPlaintiffBrandIds[" + i + "]", "is not a brand of case " + caseId);
            }
            i++;
        }
        fields.check();
        if (filings.ofCase(caseId).isPresent()) {
            throw ProblemException.conflict("case " + caseId + " has been filed already");
        }
        moving.byLegalAction(caseId, CaseStatus.FILED, reason == null ? "civil suit filed in " + court : reason, by);
        CivilFiling filing = new CivilFiling(caseId, court, jurisdiction, docket, filedOn, claims,
                new ArrayList<>(brands), by, clock.instant());
        filings.persist(filing);

        ObjectNode content = RecordingAction.content("CIVIL_FILING");
        content.put("filingId", filing.id()).put("court", court).put("jurisdiction", jurisdiction)
                .put("docketNumber", docket).put("filedOn", filedOn.toString());
        claims.forEach(content.putArray("claims")::add);
        brands.forEach(content.putArray("coPlaintiffBrandIds")::add);
        recording.record(caseId, "CIVIL_FILING", filing.id(), reason, EvidenceType.NOTE, content, by);
        return reading.of(caseId);
    }
}
