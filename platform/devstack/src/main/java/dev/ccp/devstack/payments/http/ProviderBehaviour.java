package dev.ccp.devstack.payments.http;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * How the simulated provider misbehaves on its refund endpoints: latency, transient server errors, answers
 * delayed past a client's timeout, and declines. One seeded random source, so a run can be repeated.
 */
public final class ProviderBehaviour {
    /** Refunds of a charge whose id starts with this are always declined: tests force a decline with it. */
    public static final String DECLINE_PREFIX = "decline_";
    static final String FORCED_DECLINE_REASON = "expired_or_canceled_card";
    private static final List<String> DECLINE_REASONS = List.of("expired_or_canceled_card", "lost_or_stolen_card",
            "declined");

    /**
     * The knobs, all fixed at start. Rates are probabilities per refund request (0 never, 1 always):
     * {@code failureRate} answers 5xx without making the refund, {@code timeoutRate} makes the refund and holds
     * the answer back {@code timeoutDelayMs}, {@code declineRate} declines it.
     */
    public record Settings(long latencyMs, long jitterMs, double failureRate, double timeoutRate,
            long timeoutDelayMs, double declineRate, long seed) {
        public Settings {
            requireNonNegative("latency-ms", latencyMs);
            requireNonNegative("jitter-ms", jitterMs);
            requireNonNegative("timeout-delay-ms", timeoutDelayMs);
            requireRate("failure-rate", failureRate);
            requireRate("timeout-rate", timeoutRate);
            requireRate("decline-rate", declineRate);
        }

        private static void requireNonNegative(String name, long value) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must be 0 or more, not " + value);
            }
        }

        private static void requireRate(String name, double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1, not " + rate);
            }
        }
    }

    private final Settings settings;
    private final Random random;

    public ProviderBehaviour(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    public Settings settings() {
        return settings;
    }

    /** The provider's processing time: the fixed latency plus up to the jitter. */
    void pause() {
        long jitter = settings.jitterMs() == 0 ? 0 : random.nextLong(settings.jitterMs() + 1);
        sleep(settings.latencyMs() + jitter);
    }

    /**
     * A transient failure to answer instead of processing, or empty. Mixed as real providers and their proxies
     * mix them: a JSON 500, a 502 from a gateway with an HTML body, a 503 with {@code Retry-After}.
     */
    Optional<Answer> transientFailure() {
        if (!chance(settings.failureRate())) {
            return Optional.empty();
        }
        String notMade = "; the refund was not made: retry with the same Idempotency-Key";
        return Optional.of(switch (random.nextInt(3)) {
            case 0 -> Answer.problem(500, "api_error", null, "an error occurred on the provider's side" + notMade);
            case 1 -> Answer.html(502, "<html><head><title>502 Bad Gateway</title></head>"
                    + "<body><h1>502 Bad Gateway</h1></body></html>\n");
            default -> Answer.problem(503, "service_unavailable", null, "the provider is overloaded" + notMade)
                    .withHeader("Retry-After", "1");
        });
    }

    boolean delaysAnswer() {
        return chance(settings.timeoutRate());
    }

    void delayAnswer() {
        sleep(settings.timeoutDelayMs());
    }

    /** The decline reason for a refund of {@code chargeId}, or empty to make it. */
    Optional<String> declineReason(String chargeId) {
        if (chargeId.startsWith(DECLINE_PREFIX)) {
            return Optional.of(FORCED_DECLINE_REASON);
        }
        return chance(settings.declineRate())
                ? Optional.of(DECLINE_REASONS.get(random.nextInt(DECLINE_REASONS.size())))
                : Optional.empty();
    }

    private boolean chance(double rate) {
        return rate >= 1 || (rate > 0 && random.nextDouble() < rate);
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
