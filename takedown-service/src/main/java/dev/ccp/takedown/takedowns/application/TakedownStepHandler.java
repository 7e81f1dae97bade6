package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.takedowns.domain.StepName;
import dev.ccp.takedown.takedowns.domain.Takedown;

/** One kind of step. The runner calls {@link #attempt} outside any transaction, so a slow peer holds no lock. */
public interface TakedownStepHandler {

    StepName step();

    /** Does the step's work (idempotently: a retry, or another runner after a crash, may repeat it). */
    StepResult attempt(Takedown takedown);
}
