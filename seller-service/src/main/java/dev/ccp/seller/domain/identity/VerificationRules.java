package dev.ccp.seller.domain.identity;

import java.time.Duration;

/** The weights and thresholds of verification; configuration, documented in docs/seller-verification.md. */
public record VerificationRules(int reviewThreshold, int addressOfBarred, int networkOfBarred, int nameVariantOfBarred,
        int sameNameAsBarred, int linkedToActive, int deviceBurstSize, int deviceBurst, int networkBurstSize,
        int networkBurst, Duration velocityWindow) {

    public static VerificationRules defaults() {
        return new VerificationRules(30, 40, 30, 40, 15, 35, 3, 40, 4, 35, Duration.ofHours(1));
    }
}
