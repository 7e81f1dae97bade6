package dev.ccp.devstack.dlq;

import java.util.List;

/** What {@code bin/ccp dlq list} and {@code dlq replay} print. */
public final class DeadLetterReport {
    private DeadLetterReport() {
    }

    public static String list(String bootstrapServers, List<DeadLetterTopic> topics) {
        if (topics.isEmpty()) {
            return "no dead-letter topics on " + bootstrapServers + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (DeadLetterTopic topic : topics) {
            out.append(topic.name()).append(": ").append(topic.parked()).append(" parked, ")
                    .append(topic.notReplayed()).append(" not replayed");
            if (!topic.latest().isEmpty() && topic.latest().size() < topic.parked()) {
                out.append(" (the latest ").append(topic.latest().size()).append(" below)");
            }
            out.append('\n');
            topic.latest().forEach(event -> out.append(event(event)));
        }
        return out.toString();
    }

    public static String replayed(String topic, List<ParkedEvent> events) {
        if (events.isEmpty()) {
            return "nothing to replay in " + topic + DeadLetters.SUFFIX + ": every parked record was replayed before\n";
        }
        StringBuilder out = new StringBuilder("replayed " + events.size() + " to " + topic + ":\n");
        events.forEach(event -> out.append(event(event)));
        return out.toString();
    }

    private static String event(ParkedEvent e) {
        StringBuilder line = new StringBuilder("  ").append(e.parkedAt()).append("  ").append(e.where())
                .append("  id=").append(or(e.eventId(), "(not a CloudEvent)"))
                .append("  type=").append(or(e.type(), "-"))
                .append("  subject=").append(or(e.subject(), e.key() == null ? "-" : "(key) " + e.key()))
                .append('\n');
        if (e.reason() != null) {
            line.append("      reason: ").append(e.reason()).append('\n');
        }
        if (e.cause() != null) {
            line.append("      cause:  ").append(e.cause()).append('\n');
        }
        return line.toString();
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
