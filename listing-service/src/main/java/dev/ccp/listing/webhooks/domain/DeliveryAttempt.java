package dev.ccp.listing.webhooks.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One attempt of a delivery: when, the receiver's status code (null when it did not answer) and what went wrong. */
@Embeddable
public class DeliveryAttempt {
    public Instant attemptedAt;
    public Integer statusCode;
    public String error;

    public static DeliveryAttempt of(Instant at, Integer statusCode, String error) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.attemptedAt = at;
        attempt.statusCode = statusCode;
        attempt.error = error;
        return attempt;
    }
}
