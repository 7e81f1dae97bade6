package dev.ccp.devstack.payments.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.devstack.payments.ledger.Ledger;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/charges} records a payment the marketplace captured (idempotent on its id);
 * {@code GET /v1/charges/{id}} shows it with what was refunded. No latency or faults here: charges are the
 * seed for refunds, not what the simulator exercises.
 */
final class ChargesRoute extends Route {
    static final String PATH = "/v1/charges";

    private final Ledger ledger;

    ChargesRoute(Authentication authentication, Counters counters, Ledger ledger) {
        super(authentication, counters);
        this.ledger = ledger;
    }

    @Override
    protected Answer answer(Request request) {
        Optional<String> id = request.idAfter(PATH);
        if (id.isEmpty()) {
            return request.method().equals("POST") ? record(request.json()) : methodNotAllowed("POST");
        }
        if (!request.method().equals("GET")) {
            return methodNotAllowed("GET");
        }
        return ledger.charge(id.get()).map(charge -> Answer.json(200, Views.charge(charge.snapshot())))
                .orElseThrow(() -> ApiException.notFound("no charge " + id.get()));
    }

    private Answer record(JsonNode body) {
        Params.onlyKnown(body, Set.of("id", "amount", "currency"));
        String id = Params.chargeId(body, "id");
        long amount = Params.amount(body);
        String currency = Params.currency(body);
        Ledger.Recording recording = ledger.record(id, amount, currency);
        Views.ChargeView view = Views.charge(recording.charge().snapshot());
        return switch (recording.result()) {
            case CREATED -> {
                counters.add(Counters.Counter.CHARGES_RECORDED);
                yield Answer.json(201, view);
            }
            case ALREADY_RECORDED -> Answer.json(200, view).withHeader("Idempotent-Replayed", "true");
            case CONFLICTS -> Answer.problem(409, "charge_conflict", "id", "charge " + id
                    + " is already recorded with amount " + view.amount() + " " + view.currency());
        };
    }
}
