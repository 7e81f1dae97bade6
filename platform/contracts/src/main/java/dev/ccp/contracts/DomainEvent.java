package dev.ccp.contracts;

/**
 * An event payload: the {@code data} of a CloudEvent. Each payload is a record in a sealed family per
 * owning service; its type and schema version are fixed, so a change that breaks a consumer is a new type
 * version, never an edit.
 */
public interface DomainEvent {

    /** CloudEvents {@code type}, e.g. {@code seller.verified}. */
    String eventType();

    /** Aggregate id: the CloudEvents {@code subject} and the Kafka record key. */
    String aggregateId();

    /** Schema version of this payload; 1 until a breaking change. */
    default int schemaVersion() {
        return 1;
    }
}
