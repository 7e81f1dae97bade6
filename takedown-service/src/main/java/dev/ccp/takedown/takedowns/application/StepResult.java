package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.takedowns.domain.Takedown;
import java.time.Instant;

/** What one attempt of a step came to; the runner records it in the takedown. */
public sealed interface StepResult {

    /**
     * The step did its work. {@code effect} runs in the transaction that marks the step DONE, so what it stores
     * and announces commits with the mark or not at all.
     */
    record Done(Effect effect) implements StepResult {
    }

    /** Nothing to do for this takedown. */
    record Skipped(String why) implements StepResult {
    }

    /** Not a failure: there is nothing to do before {@code until}. */
    record Waiting(Instant until) implements StepResult {
    }

    /** The attempt failed; {@code permanent} when trying again cannot help. */
    record Failed(String error, boolean permanent) implements StepResult {
    }

    static StepResult done() {
        return new Done((takedown, now) -> { });
    }

    @FunctionalInterface
    interface Effect {
        void apply(Takedown takedown, Instant now);
    }
}
