package dev.ccp.core.inbox;

/**
 * Thrown by a consumer's effect for a well-formed event that the domain refuses, e.g. a transition its aggregate
 * cannot make. Applying the event again would refuse it again, so it goes to the dead-letter topic at once; the
 * transaction rolls back, so nothing of the effect remains.
 */
public class RefusedEventException extends RuntimeException {
    public RefusedEventException(String message) {
        super(message);
    }
}
