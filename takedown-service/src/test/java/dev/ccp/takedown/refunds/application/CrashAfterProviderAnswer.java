package dev.ccp.takedown.refunds.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for a process that dies after the provider answered and before the answer is recorded: armed for an
 * order, it throws there once. Replaces the service's do-nothing {@link AfterProviderAnswer} in tests.
 */
@ApplicationScoped
public class CrashAfterProviderAnswer implements AfterProviderAnswer {
    private final Set<String> armed = ConcurrentHashMap.newKeySet();

    public void armFor(String orderId) {
        armed.add(orderId);
    }

    @Override
    public void reached(ClaimedRefund refund, ProviderAnswer answer) {
        if (armed.remove(refund.orderId())) {
            throw new SimulatedCrash(refund.orderId());
        }
    }

    public static class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String orderId) {
            super("simulated crash after the provider answered for order " + orderId);
        }
    }
}
