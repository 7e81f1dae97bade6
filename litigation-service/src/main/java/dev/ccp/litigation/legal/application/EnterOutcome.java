package dev.ccp.litigation.legal.application;

import java.util.List;

/**
 * A judgment or settlement as received. {@code forPlaintiff} is for judgments only; court and docket default to the
 * civil filing's; damages are {@code amount} (a decimal string) and {@code currency} (ISO 4217), or both null.
 */
public record EnterOutcome(Boolean forPlaintiff, String court, String docket, String enteredOn, String damagesAmount,
        String damagesCurrency, boolean damagesGiven, List<String> injunctions, String reason) {
}
