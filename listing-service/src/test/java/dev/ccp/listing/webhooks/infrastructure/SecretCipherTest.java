package dev.ccp.listing.webhooks.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.listing.webhooks.domain.WebhookSecret;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final SecretCipher cipher = new SecretCipher(randomKey());

    @Test
    void aSecretIsStoredEncryptedAndReadBackForItsOwnEndpointOnly() {
        WebhookSecret secret = WebhookSecret.generate();
        String stored = cipher.encrypt(secret, "endpoint-1");
        assertThat(stored).startsWith("v1:").doesNotContain(secret.text().substring(6));
        assertThat(cipher.encrypt(secret, "endpoint-1")).isNotEqualTo(stored); // a fresh nonce each time
        assertThat(cipher.decrypt(stored, "endpoint-1").text()).isEqualTo(secret.text());
        assertThatThrownBy(() -> cipher.decrypt(stored, "endpoint-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(randomKey()).decrypt(stored, "endpoint-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesIsRefused() {
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretCipher("not base64!")).hasMessageContaining("32 bytes");
    }
}
