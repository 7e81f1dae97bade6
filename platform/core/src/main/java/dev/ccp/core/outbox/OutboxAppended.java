package dev.ccp.core.outbox;

/** Fired when an event row is written; observers that need the row committed use {@code AFTER_SUCCESS}. */
public record OutboxAppended(String eventId) {
}
