package dev.ccp.listing.shadow.api;

import dev.ccp.listing.shadow.domain.ConfigurationAction;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A configuration, how far shadow mode got with it, and who did what with it when and why. */
public record ConfigurationView(String id, String status, Map<String, String> rules, String note, String stagedBy,
        Instant stagedAt, String decidedBy, Instant decidedAt, String decisionNote, long screened, long differing,
        List<Step> history) {

    public record Step(String action, String actor, Instant at, String reason) {
    }

    static ConfigurationView of(ScreeningConfiguration c, List<ConfigurationAction> history) {
        return new ConfigurationView(c.id, c.status.name(), c.rules, c.note, c.stagedBy, c.stagedAt, c.decidedBy,
                c.decidedAt, c.decisionNote, c.screened, c.differing,
                history.stream().map(a -> new Step(a.action.name(), a.actor, a.at, a.reason)).toList());
    }
}
