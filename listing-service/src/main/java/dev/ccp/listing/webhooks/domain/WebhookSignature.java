package dev.ccp.listing.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>},
 * the key being the base64-decoded bytes after {@code whsec_}. Several secrets (a rotation's grace) give several
 * space-separated entries; a receiver accepts the message when any one matches.
 */
public final class WebhookSignature {
    private WebhookSignature() {
    }

    /** The {@code webhook-signature} header: one {@code v1,} entry per secret, in the order given. */
    public static String header(List<WebhookSecret> secrets, String webhookId, long timestamp, String body) {
        return secrets.stream().map(s -> sign(s, webhookId, timestamp, body)).collect(Collectors.joining(" "));
    }

    public static String sign(WebhookSecret secret, String webhookId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
