package dev.ccp.takedown.takedowns.application;

/**
 * Another service did not do what a step asked. {@code permanent}: asking again cannot help (no such listing, a
 * refused request); otherwise (5xx, timeout, connection refused) the step tries again later.
 */
public class PeerCallException extends RuntimeException {
    private final boolean permanent;

    public PeerCallException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
