package dev.ccp.takedown.takedowns.application;

/**
 * Another service refused the request itself (no such listing, a malformed or forbidden request): asking again
 * cannot help. Its own type, so a circuit breaker does not count the peer's verdict as the peer failing.
 */
public class RefusedByPeerException extends PeerCallException {

    public RefusedByPeerException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
