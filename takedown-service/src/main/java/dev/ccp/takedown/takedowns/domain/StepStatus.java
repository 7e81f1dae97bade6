package dev.ccp.takedown.takedowns.domain;

/** A step is PENDING until it is DONE, SKIPPED (nothing to do) or FAILED (gave up: staff may retry it). */
public enum StepStatus {
    PENDING, DONE, SKIPPED, FAILED;

    public boolean finished() {
        return this == DONE || this == SKIPPED;
    }
}
