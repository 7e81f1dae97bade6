package dev.ccp.takedown.takedowns.domain;

/** Stock that was destroyed cannot be released, nor released stock destroyed. */
public class IllegalHoldTransitionException extends RuntimeException {
    public IllegalHoldTransitionException(String takedownId, HoldStatus current, HoldStatus asked) {
        super("the stock of takedown " + takedownId + " is " + current + "; it cannot become " + asked);
    }
}
