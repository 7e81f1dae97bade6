package dev.ccp.devstack.payments.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.devstack.payments.ledger.IdempotencyKeys;
import dev.ccp.devstack.payments.ledger.Ledger;
import dev.ccp.devstack.payments.ledger.RefundOutcome;
import dev.ccp.devstack.payments.ledger.RefundRequest;
import dev.ccp.devstack.payments.ledger.RefundStatus;
import dev.ccp.devstack.payments.ledger.Refusal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/refunds} (with {@code Idempotency-Key}), {@code GET /v1/refunds/{id}} and
 * {@code GET /v1/refunds?idempotency_key=|charge=}. Latency applies to all of them; transient failures,
 * delayed answers and declines only to creating a refund.
 */
final class RefundsRoute extends Route {
    static final String PATH = "/v1/refunds";
    private static final Set<String> PARAMETERS = Set.of("charge", "amount", "currency", "reason", "metadata");

    private final Ledger ledger;
    private final IdempotencyKeys keys;
    private final ProviderBehaviour behaviour;

    RefundsRoute(Authentication authentication, Counters counters, Ledger ledger, IdempotencyKeys keys,
            ProviderBehaviour behaviour) {
        super(authentication, counters);
        this.ledger = ledger;
        this.keys = keys;
        this.behaviour = behaviour;
    }

    @Override
    protected Answer answer(Request request) {
        Optional<String> id = request.idAfter(PATH);
        if (id.isEmpty() && request.method().equals("POST")) {
            return create(request);
        }
        if (!request.method().equals("GET")) {
            return methodNotAllowed(id.isEmpty() ? "GET, POST" : "GET");
        }
        behaviour.pause();
        return id.map(this::find).orElseGet(() -> list(request));
    }

    private Answer create(Request request) {
        Optional<Answer> failure = behaviour.transientFailure();
        if (failure.isPresent()) {
            behaviour.pause();
            counters.add(Counters.Counter.SERVER_ERRORS);
            return failure.get();
        }
        String key = Params.idempotencyKey(request);
        RefundRequest refund = parse(request.json());
        IdempotencyKeys.Claim claim = keys.claim(key, refund);
        return switch (claim.result()) {
            case CLAIMED -> process(key, refund);
            case REPLAY -> {
                counters.add(Counters.Counter.REPLAYS);
                yield answer(claim.outcome()).withHeader("Idempotent-Replayed", "true");
            }
            case IN_USE -> {
                counters.add(Counters.Counter.IN_FLIGHT_CONFLICTS);
                yield inUse();
            }
            case REUSED_WITH_OTHER_REQUEST -> {
                counters.add(Counters.Counter.KEY_REUSE_ERRORS);
                yield Answer.problem(422, "idempotency_key_reuse", "Idempotency-Key", "this key was first used "
                        + "with other parameters; a new refund needs a new key");
            }
        };
    }

    /** Runs while the key is claimed, so a concurrent request with the same key sees it in use. */
    private Answer process(String key, RefundRequest refund) {
        boolean settled = false;
        try {
            behaviour.pause();
            RefundOutcome outcome = ledger.refund(refund, behaviour.declineReason(refund.charge()));
            if (outcome.remembered()) {
                keys.settle(key, refund, outcome);
                settled = true;
            }
            count(outcome);
            // the refund stands and the key answers it again; only this answer comes too late
            if (outcome instanceof RefundOutcome.Made && behaviour.delaysAnswer()) {
                counters.add(Counters.Counter.DELAYED_ANSWERS);
                behaviour.delayAnswer();
            }
            return answer(outcome);
        } finally {
            if (!settled) {
                keys.release(key);
            }
        }
    }

    private Answer find(String id) {
        return ledger.refund(id).map(refund -> Answer.json(200, Views.refund(refund)))
                .orElseThrow(() -> ApiException.notFound("no refund " + id));
    }

    /** Listing by key settles an unknown outcome: an empty list means no refund was made under that key. */
    private Answer list(Request request) {
        String key = request.query().get("idempotency_key");
        if (key != null) {
            Optional<IdempotencyKeys.Entry> entry = keys.lookup(key);
            if (entry.isPresent() && entry.get().inFlight()) {
                return inUse();
            }
            return Answer.json(200, Views.refunds(entry.map(IdempotencyKeys.Entry::outcome)
                    .filter(RefundOutcome.Made.class::isInstance)
                    .map(made -> List.of(((RefundOutcome.Made) made).refund())).orElse(List.of())));
        }
        String charge = request.query().get("charge");
        if (charge != null) {
            return ledger.refundsOf(charge).map(refunds -> Answer.json(200, Views.refunds(refunds)))
                    .orElseThrow(() -> ApiException.notFound("no charge " + charge));
        }
        throw ApiException.badRequest("parameter_missing", "idempotency_key",
                "list the refunds of one idempotency key (?idempotency_key=) or of one charge (?charge=)");
    }

    private static RefundRequest parse(JsonNode body) {
        Params.onlyKnown(body, PARAMETERS);
        return new RefundRequest(Params.chargeId(body, "charge"), Params.amount(body), Params.currency(body),
                Params.reason(body), Params.metadata(body));
    }

    private void count(RefundOutcome outcome) {
        if (outcome instanceof RefundOutcome.Made made) {
            counters.add(made.refund().status() == RefundStatus.SUCCEEDED
                    ? Counters.Counter.REFUNDS_SUCCEEDED : Counters.Counter.REFUNDS_DECLINED);
        } else {
            counters.add(Counters.Counter.REFUSALS);
        }
    }

    private static Answer answer(RefundOutcome outcome) {
        if (outcome instanceof RefundOutcome.Made made) {
            return Answer.json(200, Views.refund(made.refund()));
        }
        RefundOutcome.Refused refused = (RefundOutcome.Refused) outcome;
        Refusal refusal = refused.refusal();
        return Answer.problem(refusal == Refusal.CHARGE_NOT_FOUND ? 404 : 422, refusal.code(), refusal.field(),
                refused.detail());
    }

    private static Answer inUse() {
        return Answer.problem(409, "idempotency_key_in_use", "Idempotency-Key",
                "a request with this key is still being processed; ask again shortly");
    }
}
