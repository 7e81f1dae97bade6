package dev.ccp.devstack.payments.ledger;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Refund idempotency keys: the first request under a key claims it; while it runs the key is in use; once it
 * is settled the same request gets the first outcome again and any other request under that key is refused.
 * Keys are kept for the life of the process.
 */
public final class IdempotencyKeys {
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** What a key holds: the request that claimed it and, once settled, its outcome. */
    public record Entry(RefundRequest request, RefundOutcome outcome) {
        public boolean inFlight() {
            return outcome == null;
        }
    }

    public enum ClaimResult { CLAIMED, REPLAY, IN_USE, REUSED_WITH_OTHER_REQUEST }

    /** {@code outcome} is the first answer when {@code result} is {@link ClaimResult#REPLAY}. */
    public record Claim(ClaimResult result, RefundOutcome outcome) {
    }

    public Claim claim(String key, RefundRequest request) {
        Entry prior = entries.putIfAbsent(key, new Entry(request, null));
        if (prior == null) {
            return new Claim(ClaimResult.CLAIMED, null);
        }
        if (!prior.request().equals(request)) {
            return new Claim(ClaimResult.REUSED_WITH_OTHER_REQUEST, null);
        }
        return prior.inFlight() ? new Claim(ClaimResult.IN_USE, null) : new Claim(ClaimResult.REPLAY, prior.outcome());
    }

    /** Keeps {@code outcome} as the key's answer; only the claimant calls this. */
    public void settle(String key, RefundRequest request, RefundOutcome outcome) {
        entries.put(key, new Entry(request, outcome));
    }

    /** Frees a claimed key whose request came to nothing worth remembering. */
    public void release(String key) {
        entries.computeIfPresent(key, (k, entry) -> entry.inFlight() ? null : entry);
    }

    public Optional<Entry> lookup(String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
