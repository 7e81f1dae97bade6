package dev.ccp.takedown.takedowns.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The takedown of one listing: its steps, run in order, and what they found. It changes only through its own
 * transitions; the runner's claim on it (lease owner and until) is written by the repository's claim query.
 */
@Entity
@Table(name = "takedown")
public class Takedown {
    /** How listing-service names a brand that removed a listing itself (self-service) as the decider. */
    public static final String BRAND_DECIDER = "brand:";

    @Id
    private String id;
    private String listingId;
    private String sellerId;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> brandIds = new ArrayList<>();
    private String listingTitle;
    private String claimedBrand;
    private int unitsListed;
    private String priceAmount;
    private String priceCurrency;
    private int score;
    private boolean automatedDetection;
    private String decidedBy;
    private Instant decidedAt;
    private String confirmationId;
    @Enumerated(EnumType.STRING)
    private TakedownStatus status;
    @Enumerated(EnumType.STRING)
    private AccountAction accountAction;
    private Integer unitsHeld;
    private Integer refundsIssued;
    private Integer refundsFailed;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<RefundSummary.CurrencyTotal> refundTotals = new ArrayList<>();
    private Instant openedAt;
    private Instant updatedAt;
    private Instant completedAt;
    private Instant listingRemovedAt;
    private Instant accountClosedAt;
    private Instant nextRunAt;
    private String leaseOwner;
    private Instant leaseUntil;
    @Enumerated(EnumType.STRING)
    private ReversalCause reversalCause;
    private String reversalReference;
    private String reversedBy;
    private Instant reversedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "takedown_id", nullable = false)
    @OrderBy("position")
    private List<TakedownStep> steps = new ArrayList<>();

    protected Takedown() {
    }

    /** Opens the takedown with every step PENDING and due now. */
    public static Takedown open(ConfirmedCounterfeit confirmed, Instant now) {
        Takedown takedown = new Takedown();
        takedown.id = UUID.randomUUID().toString();
        takedown.listingId = confirmed.listingId();
        takedown.sellerId = confirmed.sellerId();
        takedown.brandIds = new ArrayList<>(confirmed.brandIds());
        takedown.listingTitle = confirmed.title();
        takedown.claimedBrand = confirmed.claimedBrand();
        takedown.unitsListed = confirmed.units();
        takedown.priceAmount = confirmed.price();
        takedown.priceCurrency = confirmed.priceCurrency();
        takedown.score = confirmed.score();
        takedown.automatedDetection = confirmed.automatedDetection();
        takedown.decidedBy = confirmed.decidedBy();
        takedown.decidedAt = confirmed.decidedAt();
        takedown.confirmationId = confirmed.confirmationId();
        takedown.status = TakedownStatus.IN_PROGRESS;
        takedown.openedAt = now;
        takedown.updatedAt = now;
        takedown.nextRunAt = now;
        Arrays.stream(StepName.values()).forEach(name -> takedown.steps.add(new TakedownStep(name, now)));
        return takedown;
    }

    /** The first step that is neither DONE nor SKIPPED; empty once every step is. */
    public Optional<TakedownStep> currentStep() {
        return steps.stream().filter(s -> !s.status().finished()).findFirst();
    }

    public boolean claimedBy(String owner) {
        return owner.equals(leaseOwner);
    }

    /** The claiming runner keeps the takedown until {@code until}. */
    public void extendLease(Instant until) {
        leaseUntil = until;
    }

    /** Lets go of the runner's claim; the takedown is due again at {@code nextRunAt}. */
    public void release() {
        leaseOwner = null;
        leaseUntil = null;
    }

    public void stepDone(StepName name, Instant now) {
        finish(name, StepStatus.DONE, now);
    }

    public void stepSkipped(StepName name, Instant now) {
        finish(name, StepStatus.SKIPPED, now);
    }

    public void listingRemoved(Instant at) {
        listingRemovedAt = at;
        touch(at);
    }

    public void inventoryHeld(int units, Instant now) {
        unitsHeld = units;
        touch(now);
    }

    public void refundsSettled(RefundSummary summary, Instant now) {
        refundsIssued = summary.issued();
        refundsFailed = summary.failed();
        refundTotals = new ArrayList<>(summary.totals());
        touch(now);
    }

    public void accountActioned(AccountAction action, Instant now) {
        accountAction = action;
        if (action == AccountAction.CLOSED) {
            accountClosedAt = now;
        }
        touch(now);
    }

    /** The step has nothing to do yet: it is looked at again at {@code until}, without counting a failure. */
    public void stepWaits(StepName name, Instant until, Instant now) {
        step(name).waitUntil(until, now);
        nextRunAt = until;
        touch(now);
    }

    public void stepFailedTransiently(StepName name, String error, Instant retryAt, Instant now) {
        step(name).failedTransiently(error, retryAt, now);
        nextRunAt = retryAt;
        touch(now);
    }

    /** The step gave up: nothing runs until staff retry the takedown. */
    public void stepGaveUp(StepName name, String error, boolean countAttempt, Instant now) {
        step(name).gaveUp(error, countAttempt, now);
        status = TakedownStatus.NEEDS_ATTENTION;
        nextRunAt = null;
        touch(now);
    }

    /**
     * Puts a takedown that needs attention back in progress: its failed step is due at once, attempts kept.
     *
     * @return false when it does not need attention (nothing to retry)
     */
    public boolean retry(Instant now) {
        if (status != TakedownStatus.NEEDS_ATTENTION) {
            return false;
        }
        steps.stream().filter(s -> s.status() == StepStatus.FAILED).forEach(s -> s.reopen(now));
        status = TakedownStatus.IN_PROGRESS;
        nextRunAt = now;
        touch(now);
        return true;
    }

    /**
     * A granted appeal or an upheld counter-notice overturns the takedown: REVERSED, for good, with why. Only a
     * takedown whose runner is done with it (COMPLETED, or NEEDS_ATTENTION: its unfinished steps are then never run)
     * can be reversed: what its steps did (a refund in doubt at the provider, a closure in flight) must be settled
     * before a reversal can say what it undoes.
     *
     * @return false when the runner is still working on it, or it is reversed already
     */
    public boolean reverse(ReversalCause cause, String reference, String by, Instant now) {
        if (status != TakedownStatus.COMPLETED && status != TakedownStatus.NEEDS_ATTENTION) {
            return false;
        }
        reversed(cause, reference, by, now);
        return true;
    }

    private void reversed(ReversalCause cause, String reference, String by, Instant now) {
        status = TakedownStatus.REVERSED;
        reversalCause = cause;
        reversalReference = reference;
        reversedBy = by;
        reversedAt = now;
        nextRunAt = null;
        release();
        touch(now);
    }

    /** The brand that removed the listing itself (self-service: the decider is {@code brand:<id>}), or null. */
    public String removedByBrand() {
        boolean byBrand = decidedBy != null && decidedBy.startsWith(BRAND_DECIDER);
        return byBrand ? decidedBy.substring(BRAND_DECIDER.length()) : null;
    }

    private void finish(StepName name, StepStatus outcome, Instant now) {
        step(name).finish(outcome, now);
        Optional<TakedownStep> next = currentStep();
        if (next.isPresent()) {
            nextRunAt = next.get().nextAttemptAt() == null || next.get().nextAttemptAt().isBefore(now) ? now
                    : next.get().nextAttemptAt();
        } else {
            status = TakedownStatus.COMPLETED;
            completedAt = now;
            nextRunAt = null;
        }
        touch(now);
    }

    private TakedownStep step(StepName name) {
        return steps.stream().filter(s -> s.name() == name).findFirst()
                .orElseThrow(() -> new IllegalStateException("takedown " + id + " has no step " + name));
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String listingId() {
        return listingId;
    }

    public String sellerId() {
        return sellerId;
    }

    public List<String> brandIds() {
        return List.copyOf(brandIds);
    }

    public String listingTitle() {
        return listingTitle;
    }

    public String claimedBrand() {
        return claimedBrand;
    }

    public int unitsListed() {
        return unitsListed;
    }

    public String priceAmount() {
        return priceAmount;
    }

    public String priceCurrency() {
        return priceCurrency;
    }

    public int score() {
        return score;
    }

    public boolean automatedDetection() {
        return automatedDetection;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String confirmationId() {
        return confirmationId;
    }

    public TakedownStatus status() {
        return status;
    }

    public AccountAction accountAction() {
        return accountAction;
    }

    public Integer unitsHeld() {
        return unitsHeld;
    }

    /** Null until the refund step has settled. */
    public RefundSummary refundSummary() {
        return refundsIssued == null ? null : new RefundSummary(refundsIssued, refundsFailed, refundTotals);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant listingRemovedAt() {
        return listingRemovedAt;
    }

    public Instant accountClosedAt() {
        return accountClosedAt;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    /** Null unless REVERSED. */
    public ReversalCause reversalCause() {
        return reversalCause;
    }

    /** The appeal or counter-notice that reversed it; null unless REVERSED. */
    public String reversalReference() {
        return reversalReference;
    }

    public String reversedBy() {
        return reversedBy;
    }

    public Instant reversedAt() {
        return reversedAt;
    }

    public List<TakedownStep> steps() {
        return List.copyOf(steps);
    }
}
