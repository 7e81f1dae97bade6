package dev.ccp.core.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs a background pass (a runner's "look at what is due") on a timer's thread or, when something just became due,
 * at once on a thread of its own so the committing caller does not wait. Kicks while one is queued fold into it; a
 * failing pass is logged and the next one carries on, since everything a pass does is in the database.
 */
public final class PassKicker {
    private static final Logger LOG = Logger.getLogger(PassKicker.class);

    private final String name;
    private final Runnable pass;
    private final ExecutorService kicks;
    private final AtomicBoolean kickQueued = new AtomicBoolean();

    /** @param name what the pass is, for its thread and its log lines, e.g. {@code takedown-runner} */
    public PassKicker(String name, Runnable pass) {
        this.name = name;
        this.pass = pass;
        this.kicks = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name + "-kick");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A pass on the caller's thread (the timer's). */
    public void runNow() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            LOG.warnf("%s pass failed (%s); the next one carries on", name, e.getMessage());
        }
    }

    /** A pass soon, on the kicker's thread, unless one is queued already. */
    public void kick() {
        if (kickQueued.compareAndSet(false, true)) {
            kicks.submit(() -> {
                kickQueued.set(false);
                runNow();
            });
        }
    }

    public void stop() {
        kicks.shutdownNow();
    }
}
