package dev.ccp.takedown.appeals.application;

import dev.ccp.takedown.appeals.domain.AppealDocument;
import java.util.List;

/** A seller's appeal of a takedown, as the marketplace passes it on. */
public record FileAppeal(String takedownId, String sellerId, String reason, List<AppealDocument> documents) {
}
