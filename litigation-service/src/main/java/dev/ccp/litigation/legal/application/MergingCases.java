package dev.ccp.litigation.legal.application;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.cases.application.PublishingCaseEvents;
import dev.ccp.litigation.cases.domain.CaseStatus;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.domain.StatusChange;
import dev.ccp.litigation.cases.infrastructure.CaseRepository;
import dev.ccp.litigation.cases.infrastructure.IntakeRepository;
import dev.ccp.litigation.cases.infrastructure.StatusChangeRepository;
import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.application.PublishingTreeHead;
import dev.ccp.litigation.evidence.domain.EvidenceType;
import dev.ccp.litigation.evidence.domain.TreeHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Investigators merge two cases of one bad-actor cluster, or split a case's defendants into a case of their own.
 * Each is audited, and the ledgers stay separately verifiable: the case that takes the other's evidence cites, in a
 * NOTE, the other's signed tree head (size and root) at that moment, and the other ledger says where its case went.
 */
@ApplicationScoped
public class MergingCases {
    private final CaseRepository cases;
    private final StatusChangeRepository changes;
    private final IntakeRepository intake;
    private final PublishingTreeHead treeHeads;
    private final PublishingCaseEvents events;
    private final RecordingAction recording;
    private final ReadingLegal reading;
    private final LitigationConfig config;
    private final Clock clock;

    MergingCases(CaseRepository cases, StatusChangeRepository changes, IntakeRepository intake,
            PublishingTreeHead treeHeads, PublishingCaseEvents events, RecordingAction recording, ReadingLegal reading,
            LitigationConfig config, Clock clock) {
        this.cases = cases;
        this.changes = changes;
        this.intake = intake;
        this.treeHeads = treeHeads;
        this.events = events;
        this.recording = recording;
        this.reading = reading;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The survivor takes in the absorbed case (OPEN or INVESTIGATING): its brands, defendants and facts (listings,
     * takedowns, closed accounts), each counted once in the survivor's totals; the absorbed case is CLOSED, pointing
     * at the survivor, and keeps its own totals.
     */
    @Transactional
    public LegalState merge(String survivorId, String absorbedCaseId, String reasonText, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        String absorbedId = fields.id("absorbedCaseId", absorbedCaseId);
        String reason = fields.text("reason", reasonText, false);
        if (survivorId.equals(absorbedId)) {
            fields.add("absorbedCaseId", "must be another case than " + survivorId);
        }
        fields.check();
        // one at a time with the intake: an enforcement fact reaches the absorbed case before the merge (and is
        // copied) or the survivor after it, never a case being merged (then lost to the survivor's totals)
        intake.lock();
        // both rows locked, always in the same order, so two merges of the same pair cannot deadlock
        boolean survivorFirst = survivorId.compareTo(absorbedId) < 0;
        LitigationCase first = locked(survivorFirst ? survivorId : absorbedId);
        LitigationCase second = locked(survivorFirst ? absorbedId : survivorId);
        LitigationCase survivor = survivorFirst ? first : second;
        LitigationCase absorbed = survivorFirst ? second : first;
        if (!survivor.takesEnforcement()) {
            throw ProblemException.conflict("case " + survivorId + " is " + survivor.status() + ": it takes in no case");
        }
        if (absorbed.status() != CaseStatus.OPEN && absorbed.status() != CaseStatus.INVESTIGATING) {
            throw ProblemException.conflict("case " + absorbedId + " is " + absorbed.status()
                    + ": only an OPEN or INVESTIGATING case is merged into another");
        }
        ObjectNode head = head(absorbedId);
        Instant now = clock.instant();
        // the facts the survivor lacks, then its totals recounted from its facts: what both counted counts once
        intake.copyListings(absorbedId, survivorId);
        intake.copyTakedowns(absorbedId, survivorId);
        intake.copyClosedAccounts(absorbedId, survivorId);
        survivor.absorb(absorbed, intake.totalsOf(survivorId), now);
        StatusChange closing = absorbed.closeMergedInto(survivorId, by, now);
        changes.persist(closing);
        events.statusChanged(closing);

        ObjectNode taken = RecordingAction.content("CASE_MERGED");
        taken.put("absorbedCaseId", absorbedId).set("absorbedTreeHead", head.deepCopy());
        absorbed.brandIds().forEach(taken.putArray("brandIds")::add);
        ArrayNode defendants = taken.putArray("defendants");
        absorbed.defendants().forEach(d -> defendants.addObject().put("sellerId", d.sellerId()).put("role", d.role()));
        recording.record(survivorId, "CASE_MERGED", absorbedId, reason, EvidenceType.NOTE, taken, by);
        ObjectNode gone = RecordingAction.content("MERGED_INTO");
        gone.put("survivorCaseId", survivorId).set("treeHead", head);
        recording.record(absorbedId, "MERGED_INTO", survivorId, reason, EvidenceType.NOTE, gone, by);
        return reading.of(survivorId);
    }

    /**
     * A new case, for the same brands, takes the chosen defendants out of the source case; returns the new case. The
     * facts counted so far stay with the source (its totals do not change); the new case counts what reaches it.
     */
    @Transactional
    public LegalState split(String sourceId, List<String> sellerIds, String titleText, String reasonText, String by) {
        Fields fields = new Fields(config.cases().maxTextLength());
        Set<String> chosen = fields.ids("sellerIds", sellerIds, config.cases().maxParties());
        String title = fields.text("title", titleText, false);
        String reason = fields.text("reason", reasonText, false);
        if (sellerIds == null || sellerIds.isEmpty()) {
            fields.add("sellerIds", "must name the defendants the new case takes");
        }
        fields.check();
        intake.lock(); // as a merge: a fact in flight reaches the case before the split or after it
        LitigationCase source = locked(sourceId);
        List<String> strangers = new ArrayList<>();
        int i = 0;
        for (String sellerId : chosen) {
            if (!source.names(sellerId)) {
                fields.add("sellerIds[" + i + "]", "is not a defendant of case " + sourceId);
                strangers.add(sellerId);
            }
            i++;
        }
        if (strangers.isEmpty() && chosen.size() >= source.defendants().size()) {
            fields.add("sellerIds", "must leave case " + sourceId + " at least one defendant");
        }
        fields.check();
        if (!source.takesEnforcement()) {
            throw ProblemException.conflict("case " + sourceId + " is " + source.status() + ": it is not split");
        }
        ObjectNode head = head(sourceId);
        LitigationCase.Opened opened = source.splitOff(title != null ? title : "Split of: " + truncated(source.title()),
                chosen, by, clock.instant());
        LitigationCase split = opened.litigationCase();
        cases.persist(split);
        changes.persist(opened.change());
        events.opened(split, null);

        ObjectNode from = RecordingAction.content("SPLIT_FROM");
        from.put("sourceCaseId", sourceId).set("sourceTreeHead", head.deepCopy());
        chosen.forEach(from.putArray("sellerIds")::add);
        recording.record(split.id(), "SPLIT_FROM", sourceId, reason, EvidenceType.NOTE, from, by);
        ObjectNode into = RecordingAction.content("CASE_SPLIT");
        into.put("newCaseId", split.id()).set("treeHead", head);
        chosen.forEach(into.putArray("sellerIds")::add);
        recording.record(sourceId, "CASE_SPLIT", split.id(), reason, EvidenceType.NOTE, into, by);
        return reading.of(split.id());
    }

    private LitigationCase locked(String caseId) {
        return cases.findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("case", caseId));
    }

    /** The case's signed tree head now ({@code treeSize} 0 and no root for an empty ledger), as a NOTE cites it. */
    private ObjectNode head(String caseId) {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        Optional<TreeHead> signed = treeHeads.currentIfAny(caseId);
        head.put("caseId", caseId).put("treeSize", signed.map(TreeHead::treeSize).orElse(0L))
                .put("rootHash", signed.map(TreeHead::rootHash).orElse(null))
                .put("keyId", signed.map(TreeHead::keyId).orElse(null))
                .put("signedAt", signed.map(h -> h.signedAt().toString()).orElse(null))
                .put("signature", signed.map(TreeHead::signature).orElse(null));
        return head;
    }

    private String truncated(String title) {
        int most = config.cases().maxTextLength() - "Split of: ".length();
        return title.length() > most ? title.substring(0, most) : title;
    }
}
