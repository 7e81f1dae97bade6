package dev.ccp.listing.shadow.api;

import dev.ccp.listing.shadow.infrastructure.ShadowDifferenceRepository.Transition;
import java.util.List;

/**
 * How shadow mode is going: submissions scored beside the active configuration, how many came out differently,
 * how many of those changed outcome, and the count per change of outcome (PUBLISHED → HELD ...).
 */
public record SummaryView(String configurationId, String status, long screened, long differing,
        long outcomeChanged, List<Transition> transitions) {

    static SummaryView of(String id, String status, long screened, long differing, List<Transition> transitions) {
        long changed = transitions.stream().filter(t -> !t.activeOutcome().equals(t.stagedOutcome()))
                .mapToLong(Transition::listings).sum();
        return new SummaryView(id, status, screened, differing, changed, transitions);
    }
}
