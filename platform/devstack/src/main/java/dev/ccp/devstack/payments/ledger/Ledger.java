package dev.ccp.devstack.payments.ledger;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every charge and refund the simulator knows, in memory only: a restart forgets them. */
public final class Ledger {
    private static final SecureRandom IDS = new SecureRandom();

    private final ConcurrentMap<String, Charge> charges = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Refund> refunds = new ConcurrentHashMap<>();
    private final Clock clock;

    public Ledger(Clock clock) {
        this.clock = clock;
    }

    /** How recording a charge went: charges are idempotent on their id. */
    public enum Recorded { CREATED, ALREADY_RECORDED, CONFLICTS }

    public record Recording(Recorded result, Charge charge) {
    }

    public Recording record(String id, long amount, String currency) {
        Charge fresh = new Charge(id, amount, currency, clock.instant());
        Charge existing = charges.putIfAbsent(id, fresh);
        if (existing == null) {
            return new Recording(Recorded.CREATED, fresh);
        }
        return new Recording(existing.sameAs(amount, currency) ? Recorded.ALREADY_RECORDED : Recorded.CONFLICTS,
                existing);
    }

    public Optional<Charge> charge(String id) {
        return Optional.ofNullable(charges.get(id));
    }

    public Optional<Refund> refund(String id) {
        return Optional.ofNullable(refunds.get(id));
    }

    public Optional<List<Refund>> refundsOf(String chargeId) {
        return charge(chargeId).map(charge -> charge.snapshot().refunds());
    }

    /** Makes (or declines) the refund if the charge has room for it. */
    public RefundOutcome refund(RefundRequest request, Optional<String> declineReason) {
        Charge charge = charges.get(request.charge());
        if (charge == null) {
            return new RefundOutcome.Refused(Refusal.CHARGE_NOT_FOUND, "no charge " + request.charge());
        }
        RefundOutcome outcome = charge.refund(request, declineReason, newRefundId(), clock.instant());
        if (outcome instanceof RefundOutcome.Made made) {
            refunds.put(made.refund().id(), made.refund());
        }
        return outcome;
    }

    private static String newRefundId() {
        byte[] bytes = new byte[12];
        IDS.nextBytes(bytes);
        return "re_" + HexFormat.of().formatHex(bytes);
    }
}
