package dev.ccp.litigation.legal.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.litigation.cases.application.NamingDefendant;
import dev.ccp.litigation.cases.application.ReadingCases;
import dev.ccp.litigation.cases.domain.Defendant;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** What investigators add to a case after opening: defendants and notes, each audited and in the ledger. */
@ApplicationScoped
public class InvestigatingCase {
    /** Who a case can be against: marketplace sellers, influencers who promoted them, suppliers, carriers. */
    public enum Role { SELLER, INFLUENCER, SUPPLIER, LOGISTICS }

    private final NamingDefendant naming;
    private final ReadingCases cases;
    private final RecordingAction recording;
    private final ReadingLegal reading;
    private final LitigationConfig config;
    private final Clock clock;

    InvestigatingCase(NamingDefendant naming, ReadingCases cases, RecordingAction recording, ReadingLegal reading,
            LitigationConfig config, Clock clock) {
        this.naming = naming;
        this.cases = cases;
        this.recording = recording;
        this.reading = reading;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public LegalState addDefendant(String caseId, NameDefendant asked, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        String party = fields.id("sellerId", asked.sellerId());
        Role role = fields.oneOf("role", asked.role(), Role.class);
        String country = fields.country("country", asked.country());
        String name = fields.text("name", asked.name(), false);
        String address = fields.text("address", asked.address(), false);
        String reason = fields.text("reason", asked.reason(), false);
        fields.check();
        naming.name(caseId, new Defendant(party, role.name(), country, name, address, by, clock.instant()));

        // SELLER_IDENTITY for a marketplace account, a NOTE for anyone else; personal details go to the ledger too,
        // since what the case knew of a defendant, and when, is evidence
        ObjectNode content = RecordingAction.content("DEFENDANT_ADDED");
        content.put("sellerId", party).put("role", role.name()).put("country", country).put("name", name)
                .put("address", address);
        recording.record(caseId, "DEFENDANT_ADDED", party, reason,
                role == Role.SELLER ? EvidenceType.SELLER_IDENTITY : EvidenceType.NOTE, content, by);
        return reading.of(caseId);
    }

    @Transactional
    public LegalState note(String caseId, String text, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        String note = fields.text("text", text, true);
        fields.check();
        cases.get(caseId);
        ObjectNode content = RecordingAction.content("NOTE");
        content.put("text", note);
        recording.record(caseId, "NOTE", null, null, EvidenceType.NOTE, content, by);
        return reading.of(caseId);
    }
}
