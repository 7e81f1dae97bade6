package dev.ccp.seller.denylist.infrastructure;

import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.seller.denylist.application.DenylistingDefendants;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code cases.v1}: judgments feed the denylist. Duplicates are no-ops; poison goes to the DLQ. */
@ApplicationScoped
public class CaseEventsConsumer {
    private final EventConsumer consumer;
    private final DenylistingDefendants denylisting;

    CaseEventsConsumer(EventConsumer consumer, DenylistingDefendants denylisting) {
        this.consumer = consumer;
        this.denylisting = denylisting;
    }

    @Incoming("cases")
    @Blocking // ordered: one record at a time per partition, in offset order
    public void onCaseEvent(String record) {
        consumer.apply("seller-denylist", record, Set.of(JudgmentEntered.TYPE),
                event -> denylisting.apply((JudgmentEntered) event.payload()));
    }
}
