package dev.ccp.core.inbox;

/**
 * An event that will fail however often it is applied; the channel's failure strategy sends it to the dead-letter
 * topic, whose {@code dead-letter-reason} header carries this message and {@code dead-letter-cause} the cause's.
 */
public class DeadLetterException extends RuntimeException {
    public DeadLetterException(String eventId, String why, Throwable cause) {
        super("event " + eventId + " " + why + ": " + cause.getMessage(), cause);
    }
}
