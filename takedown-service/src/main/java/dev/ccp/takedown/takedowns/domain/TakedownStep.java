package dev.ccp.takedown.takedowns.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a takedown as persisted: what a restarted runner reads to carry on. Changed only by its
 * {@link Takedown}.
 */
@Entity
@Table(name = "takedown_step")
public class TakedownStep {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private StepName name;
    private int position;
    @Enumerated(EnumType.STRING)
    private StepStatus status;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant finishedAt;

    protected TakedownStep() {
    }

    TakedownStep(StepName name, Instant now) {
        this.name = name;
        this.position = name.ordinal();
        this.status = StepStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void finish(StepStatus outcome, Instant now) {
        status = outcome;
        nextAttemptAt = null;
        finishedAt = now;
        updatedAt = now;
    }

    /** Not a failure: the step has nothing to do before {@code until} (e.g. refunds the provider settles later). */
    void waitUntil(Instant until, Instant now) {
        nextAttemptAt = until;
        updatedAt = now;
    }

    void failedTransiently(String error, Instant retryAt, Instant now) {
        attempts++;
        lastError = error;
        nextAttemptAt = retryAt;
        updatedAt = now;
    }

    void gaveUp(String error, boolean countAttempt, Instant now) {
        if (countAttempt) {
            attempts++;
        }
        lastError = error;
        status = StepStatus.FAILED;
        nextAttemptAt = null;
        updatedAt = now;
    }

    void reopen(Instant now) {
        status = StepStatus.PENDING;
        nextAttemptAt = now;
        updatedAt = now;
    }

    public StepName name() {
        return name;
    }

    public StepStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
