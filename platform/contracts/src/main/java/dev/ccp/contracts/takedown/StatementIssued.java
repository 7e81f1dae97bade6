package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A statement of reasons (EU DSA Art. 17) was issued to the seller for one action taken against them: what was
 * done, on which facts and ground, whether it was automated, where it applies and how to contest it. For the seller
 * (a notification system delivers it); {@code puid} links it to the copy exported to the DSA Transparency Database.
 *
 * @param action            {@code LISTING_REMOVED} or {@code ACCOUNT_CLOSED}
 * @param facts             the facts and circumstances, in words, as the seller reads them
 * @param legalGround       the legal ground: the trademark law relied on
 * @param explanation       why the listing is illegal on that ground, naming the registered brands
 * @param brandNames        the registered brands whose trademarks were infringed; may be empty
 * @param automatedDecision {@code FULLY} or {@code NOT_AUTOMATED}
 * @param territorialScope  ISO 3166-1 alpha-2 codes of the EU/EEA countries where the restriction applies
 */
public record StatementIssued(String takedownId, String statementId, String puid, String sellerId, String listingId,
        String action, String facts, String legalGround, String explanation, List<String> brandNames,
        boolean automatedDetection, String automatedDecision, List<String> territorialScope, Redress redress,
        Instant actionTakenAt, Instant issuedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.statement-issued";

    public StatementIssued {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(puid, "puid");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(legalGround, "legalGround");
        Objects.requireNonNull(explanation, "explanation");
        brandNames = List.copyOf(brandNames);
        Objects.requireNonNull(automatedDecision, "automatedDecision");
        territorialScope = List.copyOf(territorialScope);
        Objects.requireNonNull(redress, "redress");
        Objects.requireNonNull(actionTakenAt, "actionTakenAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    /**
     * How to contest the action (DSA Art. 17(3)(f)).
     *
     * @param appealDeadline    the last moment an appeal through the internal complaint route is accepted (Art. 20)
     * @param internalComplaint how to appeal to the platform itself
     * @param outOfCourt        out-of-court dispute settlement (Art. 21)
     * @param judicial          judicial redress
     */
    public record Redress(Instant appealDeadline, String internalComplaint, String outOfCourt, String judicial) {
        public Redress {
            Objects.requireNonNull(appealDeadline, "appealDeadline");
            Objects.requireNonNull(internalComplaint, "internalComplaint");
            Objects.requireNonNull(outOfCourt, "outOfCourt");
            Objects.requireNonNull(judicial, "judicial");
        }
    }
}
