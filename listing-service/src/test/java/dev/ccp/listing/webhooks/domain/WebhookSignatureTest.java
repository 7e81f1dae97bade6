package dev.ccp.listing.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    // the example of the Standard Webhooks reference libraries' tests
    private static final WebhookSecret SPEC_SECRET = WebhookSecret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";

    @Test
    void signsLikeTheStandardWebhooksReferenceLibraries() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void severalSecretsGiveSpaceSeparatedSignaturesInOrder() {
        WebhookSecret other = WebhookSecret.generate();
        String header = WebhookSignature.header(List.of(other, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertThat(header.split(" ")).containsExactly(
                WebhookSignature.sign(other, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY),
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        String signed = WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY + " ")).isNotEqualTo(signed);
    }

    @Test
    void generatedSecretsAreWhsecAndThirtyTwoKeyBytesAndNeverPrinted() {
        WebhookSecret secret = WebhookSecret.generate();
        assertThat(secret.text()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
        assertThat(WebhookSecret.of(secret.text()).key()).isEqualTo(secret.key());
        assertThat(secret.toString()).doesNotContain(secret.text().substring(6));
        assertThat(WebhookSecret.generate().text()).isNotEqualTo(secret.text());
        assertThatThrownBy(() -> WebhookSecret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
