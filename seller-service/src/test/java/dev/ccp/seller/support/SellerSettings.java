package dev.ccp.seller.support;

import dev.ccp.seller.config.SellerConfig;
import dev.ccp.seller.verification.domain.VerificationRules;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;

/** The service's settings as it ships them, read from the config mapping's own defaults, for plain unit tests. */
public final class SellerSettings {
    private SellerSettings() {
    }

    public static VerificationRules shippedVerificationRules() {
        return VerificationRules.of(shipped().verification());
    }

    private static SellerConfig shipped() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SellerConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter()) // "1h", as Quarkus reads durations
                .withDefaultValue("seller.identity.hmac-key", "unit-test-key") // required, and no default ships
                .build();
        return config.getConfigMapping(SellerConfig.class);
    }
}
