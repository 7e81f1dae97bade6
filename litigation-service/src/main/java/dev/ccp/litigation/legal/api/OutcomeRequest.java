package dev.ccp.litigation.legal.api;

import dev.ccp.litigation.legal.application.EnterOutcome;
import java.util.List;

/** {@code POST …/legal/judgment} and {@code …/legal/settlement}; damages as {@code {amount: "1500.00", currency}}. */
public record OutcomeRequest(Boolean forPlaintiff, String court, String docket, String enteredOn, MoneyRequest damages,
        List<String> injunctions, String reason) {

    public record MoneyRequest(String amount, String currency) {
    }

    EnterOutcome command() {
        return new EnterOutcome(forPlaintiff, court, docket, enteredOn, damages == null ? null : damages.amount(),
                damages == null ? null : damages.currency(), damages != null, injunctions, reason);
    }
}
