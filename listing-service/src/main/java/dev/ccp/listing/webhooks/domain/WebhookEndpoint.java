package dev.ccp.listing.webhooks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A brand's webhook receiver. Its secrets are held only encrypted ({@code secret}, and {@code previousSecret}
 * during a rotation's grace); a 410 from the receiver disables it for good.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {
    public enum Status { ACTIVE, DISABLED }

    @Id
    public String id;
    public String brandId;
    public String url;
    /** The current signing secret, encrypted. */
    public String secret;
    /** The secret before the last rotation, encrypted; still signs until {@link #previousSecretUntil}. */
    public String previousSecret;
    public Instant previousSecretUntil;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String disabledReason;
    public Instant createdAt;
    public Instant secretRotatedAt;

    public static WebhookEndpoint register(String id, String brandId, String url, String encryptedSecret,
            Instant now) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = id;
        endpoint.brandId = brandId;
        endpoint.url = url;
        endpoint.secret = encryptedSecret;
        endpoint.status = Status.ACTIVE;
        endpoint.createdAt = now.truncatedTo(ChronoUnit.MICROS); // as stored: the answer and later reads agree
        return endpoint;
    }

    /** The new secret signs from now on; the one it replaces keeps signing beside it for {@code grace}. */
    public void rotate(String encryptedSecret, Instant now, Duration grace) {
        previousSecret = secret;
        previousSecretUntil = now.plus(grace).truncatedTo(ChronoUnit.MICROS);
        secret = encryptedSecret;
        secretRotatedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether the previous secret still signs at {@code at}. */
    public boolean previousSecretSigns(Instant at) {
        return previousSecret != null && previousSecretUntil != null && at.isBefore(previousSecretUntil);
    }

    public void disable(String reason) {
        status = Status.DISABLED;
        disabledReason = reason;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
