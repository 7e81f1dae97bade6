package dev.ccp.litigation.intelligence.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.domain.Defendant;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.infrastructure.CaseRepository;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.evidence.infrastructure.EvidenceRepository;
import dev.ccp.litigation.intelligence.domain.Dossier;
import dev.ccp.litigation.intelligence.domain.IntelligenceExport;
import dev.ccp.litigation.intelligence.infrastructure.ConfirmedCases;
import dev.ccp.litigation.intelligence.infrastructure.IntelligenceExportRepository;
import dev.ccp.litigation.legal.application.Fields;
import dev.ccp.litigation.legal.application.RecordingAction;
import dev.ccp.litigation.legal.domain.Agency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Confirmed counterfeiters' intelligence for a named agency and purpose (see {@link ConfirmedCases} for what
 * "confirmed" means): one {@link Dossier} per SELLER defendant of a confirmed case, nothing about anyone else. The
 * export is recorded, with exactly the sellers it holds, and a NOTE entry goes into each exported case's ledger, in
 * the same transaction and before a byte is sent: what was shared is known even if the transfer then fails.
 */
@ApplicationScoped
public class ExportingIntelligence {
    /** Characters of the purpose an export must give. */
    public static final int MAX_PURPOSE = 500;
    public static final String ACTION = "INTELLIGENCE_EXPORT";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<EvidenceType> READ = EnumSet.of(EvidenceType.SELLER_IDENTITY, EvidenceType.TEST_PURCHASE,
            EvidenceType.LISTING_SNAPSHOT);

    private final ConfirmedCases confirmed;
    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final IntelligenceExportRepository exports;
    private final RecordingAction recording;
    private final Clock clock;
    private final int maxRecords;
    private final int maxEntries;

    ExportingIntelligence(ConfirmedCases confirmed, CaseRepository cases, EvidenceRepository evidence,
            IntelligenceExportRepository exports, RecordingAction recording, Clock clock, LitigationConfig config) {
        this.confirmed = confirmed;
        this.cases = cases;
        this.evidence = evidence;
        this.exports = exports;
        this.recording = recording;
        this.clock = clock;
        this.maxRecords = config.intelligence().maxRecords();
        this.maxEntries = config.evidence().maxEntries();
    }

    /** The export as recorded, and its records (one per counterfeiter) in the order they are sent. */
    public record Export(IntelligenceExport export, List<ObjectNode> records) {
    }

    @Transactional
    public Export export(String agency, String purpose, String caseId, String by) {
        Fields fields = new Fields(MAX_PURPOSE);
        Agency named = fields.oneOf("agency", agency, Agency.class);
        String why = fields.text("purpose", purpose, true);
        String filter = caseId == null || caseId.isBlank() ? null : fields.id("caseId", caseId.strip());
        fields.check();
        if (filter != null) {
            if (cases.findByIdOptional(filter).isEmpty()) {
                throw ProblemException.notFound("case", filter);
            }
            if (!confirmed.isConfirmed(filter)) {
                throw ProblemException.conflict("case " + filter + " is not confirmed (no counterfeit confirmation, "
                        + "brand authentication or judgment for the plaintiff): nothing of it may be exported");
            }
        }
        Map<String, Dossier> dossiers = new LinkedHashMap<>();
        Map<String, List<String>> sellersByCase = new LinkedHashMap<>();
        for (ConfirmedCases.ConfirmedSeller row : confirmed.sellers(filter, maxRecords)) {
            dossiers.computeIfAbsent(row.sellerId(), Dossier::new);
            sellersByCase.computeIfAbsent(row.caseId(), k -> new ArrayList<>()).add(row.sellerId());
        }
        if (dossiers.size() > maxRecords) {
            throw new ProblemException(413, "Content too large", "the export would hold more than "
                    + maxRecords + " confirmed counterfeiters (litigation.intelligence.max-records); narrow it with "
                    + "caseId", List.of());
        }
        sellersByCase.forEach((id, sellers) -> gather(cases.findById(id), sellers, dossiers));

        IntelligenceExport export = new IntelligenceExport(by, named.name(), why, filter, clock.instant(),
                List.copyOf(dossiers.keySet()), List.copyOf(sellersByCase.keySet()));
        exports.persist(export);
        sellersByCase.forEach((id, sellers) -> {
            ObjectNode note = RecordingAction.content(ACTION);
            note.put("agency", named.name()).put("purpose", why).put("by", by).put("exportId", export.id());
            sellers.forEach(note.putArray("sellerIds")::add);
            recording.record(id, ACTION, export.id(), null, EvidenceType.NOTE, note, by);
        });
        return new Export(export, dossiers.values().stream().map(Dossier::toJson).toList());
    }

    /** Reads the case's identity, test-purchase and listing entries into the dossiers of its exported sellers. */
    private void gather(LitigationCase litigationCase, List<String> exported, Map<String, Dossier> dossiers) {
        String caseId = litigationCase.id();
        exported.forEach(sellerId -> dossiers.get(sellerId).inCase(caseId, litigationCase.brandIds()));
        List<String> caseSellers = litigationCase.defendants().stream().filter(d -> "SELLER".equals(d.role()))
                .map(Defendant::sellerId).toList();
        // an entry that names no seller is the case's only seller's, or nobody's
        String onlySeller = caseSellers.size() == 1 ? caseSellers.get(0) : null;
        for (EvidenceEntry entry : evidence.ofTypes(caseId, READ, maxEntries)) {
            JsonNode content = parse(entry.content());
            Dossier.EvidenceRef ref = new Dossier.EvidenceRef(caseId, entry.sequence(), entry.type().name());
            JsonNode named = content.get("sellerId");
            if (entry.type() == EvidenceType.SELLER_IDENTITY) {
                Dossier dossier = named != null && named.isTextual() ? dossiers.get(named.asText()) : null;
                if (dossier != null && exported.contains(dossier.sellerId())) {
                    dossier.identity(ref, entry.recordedAt().toEpochMilli(), content);
                }
                continue;
            }
            String sellerId = named != null && named.isTextual() ? named.asText() : onlySeller;
            JsonNode shipFrom = content.get("shipFrom");
            if (sellerId != null && exported.contains(sellerId) && shipFrom != null) {
                dossiers.get(sellerId).shipFrom(ref, shipFrom);
            }
        }
    }

    private static JsonNode parse(String canonical) {
        try {
            return JSON.readTree(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored evidence entry is not JSON", e);
        }
    }
}
