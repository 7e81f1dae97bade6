package dev.ccp.devstack.dlq;

import java.util.List;

/**
 * A {@code <topic>.dlq}: how many records it holds, how many of them {@code replay} has not re-published yet,
 * and the latest of them, oldest first.
 */
public record DeadLetterTopic(String name, long parked, long notReplayed, List<ParkedEvent> latest) {
}
