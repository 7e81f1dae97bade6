package dev.ccp.core.inbox;

/** An event that failed every attempt; the channel's failure strategy sends it to the dead-letter topic. */
public class DeadLetterException extends RuntimeException {
    public DeadLetterException(String eventId, Throwable cause) {
        super("event " + eventId + " failed every attempt: " + cause.getMessage(), cause);
    }
}
