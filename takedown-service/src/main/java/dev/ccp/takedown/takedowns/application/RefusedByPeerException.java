package dev.ccp.takedown.takedowns.application;

/**
 * Another service refused the request itself (no such listing, a malformed or forbidden request): asking again
 * cannot help. Its own type, so a circuit breaker does not count the peer's verdict as the peer failing.
 */
public class RefusedByPeerException extends PeerCallException {

    private final int status;

    public RefusedByPeerException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public RefusedByPeerException(String message, int status, Throwable cause) {
        super(message, true, cause);
        this.status = status;
    }

    /** The peer's answer was 409: the state it is in already forbids the request (e.g. nothing to reinstate). */
    public boolean conflict() {
        return status == 409;
    }
}
