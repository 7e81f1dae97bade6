package dev.ccp.takedown.support;

import dev.ccp.takedown.takedowns.application.OpeningTakedown;
import dev.ccp.takedown.takedowns.application.RunningTakedownSteps;
import dev.ccp.takedown.takedowns.domain.ConfirmedCounterfeit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.awaitility.Awaitility;

/** Opens takedowns without the broker and runs the step runner until a takedown gets where a test expects. */
public final class Takedowns {
    private Takedowns() {
    }

    public static ConfirmedCounterfeit confirmed(String listingId, String sellerId, List<String> brandIds) {
        return new ConfirmedCounterfeit(listingId, sellerId, brandIds, "Acme bag", "Acme", 40, "19.90", "EUR", 80,
                true, "mod-ana", Instant.parse("2026-04-01T10:00:00Z"), "event-" + listingId);
    }

    /** Opens it as the consumer would, in a transaction of its own; returns its id. */
    public static String open(OpeningTakedown opening, ConfirmedCounterfeit confirmed) {
        return QuarkusTransaction.requiringNew().call(() -> opening.open(confirmed).orElseThrow().id());
    }

    /** Runner passes until {@code reached} holds (at most 20 s). */
    public static void runUntil(RunningTakedownSteps running, Supplier<Boolean> reached) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            running.runDue();
            return reached.get();
        });
    }

    public static String status(String takedownId) {
        return Confirmations.takedown(takedownId).then().statusCode(200).extract().path("status");
    }
}
