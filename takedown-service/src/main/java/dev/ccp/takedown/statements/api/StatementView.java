package dev.ccp.takedown.statements.api;

import dev.ccp.takedown.statements.domain.Redress;
import dev.ccp.takedown.statements.domain.StatementOfReasons;
import dev.ccp.takedown.statements.domain.TransparencyDatabaseEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement of reasons as staff read it: what the seller was told ({@code facts}), the public version and the
 * entry exported to the DSA Transparency Database.
 */
public record StatementView(String id, String takedownId, String action, String puid, String listingId,
        String sellerId, List<String> brandIds, List<String> brandNames, String facts, String publicFacts,
        String legalGround, String explanation, boolean automatedDetection, String automatedDecision,
        List<String> territorialScope, LocalDate contentDate, Instant decidedAt, Instant actionTakenAt,
        Redress redress, Instant issuedAt, TransparencyDatabaseEntry transparencyDatabase) {

    static StatementView of(StatementOfReasons s) {
        return new StatementView(s.id(), s.takedownId(), s.action().name(), s.puid(), s.listingId(), s.sellerId(),
                s.brandIds(), s.brandNames(), s.sellerFacts(), s.publicFacts(), s.legalGround(), s.explanation(),
                s.automatedDetection(), s.automatedDecision().name(), s.territorialScope(), s.contentDate(),
                s.decidedAt(), s.actionTakenAt(), s.redress(), s.issuedAt(), TransparencyDatabaseEntry.of(s));
    }
}
