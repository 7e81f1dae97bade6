package dev.ccp.takedown.statements.domain;

/**
 * Whether the decision on the listing's illegality was taken by automated means (DSA Art. 17(3)(c)). Detection is
 * stated apart: a listing screening flagged and a moderator confirmed is automated detection, decision
 * {@link #NOT_AUTOMATED}.
 */
public enum AutomatedDecision {
    FULLY, NOT_AUTOMATED;

    public static AutomatedDecision of(boolean automated) {
        return automated ? FULLY : NOT_AUTOMATED;
    }
}
