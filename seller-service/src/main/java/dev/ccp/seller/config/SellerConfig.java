package dev.ccp.seller.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Every setting of seller-service (prefix {@code seller}), and the only place their defaults are written;
 * docs/seller-verification.md explains each rule.
 */
@ConfigMapping(prefix = "seller")
public interface SellerConfig {

    Identity identity();

    Verification verification();

    interface Identity {
        /** Secret for the identity hashes. Set SELLER_IDENTITY_HMAC_KEY in production; changing it orphans all links. */
        String hmacKey();
    }

    interface Verification {
        @WithDefault("30")
        int reviewThreshold();

        @WithDefault("40")
        int addressOfBarred();

        @WithDefault("30")
        int networkOfBarred();

        /** A look-alike variant of a barred shop name (evasion): enough for review on its own. */
        @WithDefault("40")
        int nameVariantOfBarred();

        /** The exact name of a barred shop: generic names recur innocently, so a note, not a review. */
        @WithDefault("15")
        int sameNameAsBarred();

        @WithDefault("35")
        int linkedToActive();

        /** Sign-ups from one device within the window that make a burst. */
        @WithDefault("3")
        int deviceBurstSize();

        @WithDefault("40")
        int deviceBurst();

        @WithDefault("4")
        int networkBurstSize();

        @WithDefault("35")
        int networkBurst();

        @WithDefault("1h")
        Duration velocityWindow();
    }
}
