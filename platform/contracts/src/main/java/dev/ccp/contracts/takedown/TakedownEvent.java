package dev.ccp.contracts.takedown;

import dev.ccp.contracts.DomainEvent;

/**
 * What takedown-service tells the others, on {@code takedowns.v1}: keyed by takedown, so one takedown's events stay
 * in order.
 */
public interface TakedownEvent extends DomainEvent {

    String takedownId();

    @Override
    default String aggregateId() {
        return takedownId();
    }
}
