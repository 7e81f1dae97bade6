package dev.ccp.core.inbox;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * An event a consumer keeps failing at, and so does not get past: how long it has been held, its attempts, and
 * when it last said so in the log (a database outage must not write a line per attempt).
 */
final class HeldEvent {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final String consumer;
    private final String id;
    private final String type;
    private final long since = System.nanoTime();
    private final long logIntervalNanos;
    private long loggedAt;
    private int unknownFailures;

    HeldEvent(String consumer, String id, String type, Duration logInterval) {
        this.consumer = consumer;
        this.id = id;
        this.type = type;
        this.logIntervalNanos = logInterval.toNanos();
    }

    Duration held() {
        return Duration.ofNanos(System.nanoTime() - since);
    }

    /** Counts a failure nobody recognised; returns how many there have been at this event. */
    int unknownFailure() {
        return ++unknownFailures;
    }

    void failed(int attempt, Failures.Kind kind, RuntimeException e, Duration nextIn) {
        long now = System.nanoTime();
        if (attempt == 1) {
            LOG.warnf("%s: event %s (%s) failed (%s), retrying in %s: %s", consumer, id, type,
                    kind.name().toLowerCase(), nextIn.toMillis() + "ms", describe(e));
        } else if (now - loggedAt >= logIntervalNanos) {
            LOG.warnf("%s: event %s (%s) still fails after %d attempts over %ds, holding its partition; "
                    + "next attempt in %dms: %s", consumer, id, type, attempt, held().toSeconds(),
                    nextIn.toMillis(), describe(e));
        } else {
            return;
        }
        loggedAt = now;
    }

    void applied(int attempts) {
        LOG.infof("%s: event %s (%s) applied at attempt %d after %ds held", consumer, id, type,
                attempts, held().toSeconds());
    }

    /** The outermost message and the innermost cause's, which is usually the driver's own words. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e) : e + " (cause: " + root + ")";
    }
}
