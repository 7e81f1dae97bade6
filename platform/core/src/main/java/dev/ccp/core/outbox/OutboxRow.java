package dev.ccp.core.outbox;

/** An unsent outbox row as the relay reads it. */
record OutboxRow(long seq, String topic, String key, String payload) {
}
