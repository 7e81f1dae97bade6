package dev.ccp.core.inbox;

/**
 * The application stopped while an event was waiting for a transient failure to pass. It is thrown only once the
 * Kafka connector has closed, so the record is neither committed nor dead-lettered: it is delivered again after
 * the restart.
 */
public class ConsumerStoppedException extends RuntimeException {
    public ConsumerStoppedException(String consumer, String eventId) {
        super(consumer + " stopped before event " + eventId + " could be applied; it is delivered again on restart");
    }
}
