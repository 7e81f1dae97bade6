package dev.ccp.seller.verification.domain;

import dev.ccp.seller.config.SellerConfig;
import java.time.Duration;

/**
 * The weights and thresholds of verification, documented in docs/seller-verification.md. They come from
 * {@code seller.verification.*}; the defaults are the mapping's, written nowhere else.
 */
public record VerificationRules(int reviewThreshold, int addressOfBarred, int networkOfBarred, int nameVariantOfBarred,
        int sameNameAsBarred, int linkedToActive, int deviceBurstSize, int deviceBurst, int networkBurstSize,
        int networkBurst, Duration velocityWindow) {

    public static VerificationRules of(SellerConfig.Verification settings) {
        return new VerificationRules(settings.reviewThreshold(), settings.addressOfBarred(), settings.networkOfBarred(),
                settings.nameVariantOfBarred(), settings.sameNameAsBarred(), settings.linkedToActive(),
                settings.deviceBurstSize(), settings.deviceBurst(), settings.networkBurstSize(), settings.networkBurst(),
                settings.velocityWindow());
    }
}
