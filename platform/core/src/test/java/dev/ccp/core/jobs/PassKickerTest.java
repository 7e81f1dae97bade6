package dev.ccp.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class PassKickerTest {

    @Test
    void kicksWhileAPassIsQueuedFoldIntoItAndAFailingPassDoesNotStopTheNext() throws Exception {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        PassKicker kicker = new PassKicker("test", () -> {
            if (passes.incrementAndGet() == 1) {
                await(release);
                throw new IllegalStateException("database down");
            }
        });
        kicker.kick();
        waitFor(() -> passes.get() == 1);
        kicker.kick();
        kicker.kick();
        kicker.kick();
        release.countDown();

        waitFor(() -> passes.get() == 2);
        Thread.sleep(200);
        assertThat(passes).as("three kicks while one was queued: one pass").hasValue(2);
        kicker.runNow();
        assertThat(passes).hasValue(3);
        kicker.stop();
    }

    private static void waitFor(BooleanSupplier reached) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!reached.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(until);
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
