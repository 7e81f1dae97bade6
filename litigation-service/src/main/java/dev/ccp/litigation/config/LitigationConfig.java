package dev.ccp.litigation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Every setting of litigation-service (prefix {@code litigation}), and the only place their defaults are written. */
@ConfigMapping(prefix = "litigation")
public interface LitigationConfig {

    Cases cases();

    Evidence evidence();

    Legal legal();

    Intelligence intelligence();

    interface Intelligence {
        /** Counterfeiters one export may hold; a larger one is refused (narrow it with {@code caseId}). */
        @WithDefault("1000")
        int maxRecords();
    }

    Intake intake();

    /** The case intake: cases opened and fed from the enforcement events (confirmations, takedowns, closures). */
    interface Intake {
        /** When a bad-actor cluster's confirmed counterfeit of a registered brand opens a case. */
        enum OpeningRule {
            /**
             * On the first confirmed counterfeit of a registered brand (a confirmation naming brand ids) whose seller
             * was closed ({@code seller.closed}), whichever of the two arrives first.
             */
            CONFIRMED_AND_CLOSED,
            /** On every confirmed counterfeit of a registered brand, closed or not. */
            CONFIRMED;

            /** Whether a confirmed counterfeit of a registered brand opens its case, its seller closed or not. */
            public boolean opens(boolean sellerClosed) {
                return this == CONFIRMED || sellerClosed;
            }
        }

        @WithDefault("CONFIRMED_AND_CLOSED")
        OpeningRule openingRule();

        /** Who the intake's actions are recorded as (cases opened, defendants added, evidence recorded). */
        @WithDefault("litigation-service")
        String actor();
    }

    interface Legal {
        /** Criminal referrals one case may have (a handful of agencies at most). */
        @WithDefault("20")
        int maxReferrals();

        /** Claims of a filing, injunctions of a judgment, results of one brand authentication. */
        @WithDefault("50")
        int maxItems();

        /** Audit records a case's legal view shows (the latest). */
        @WithDefault("200")
        int auditShown();
    }

    interface Cases {
        /** Brands, and defendants, one case may name when it is opened. */
        @WithDefault("50")
        int maxParties();

        /** Characters of a title or a status note. */
        @WithDefault("2000")
        int maxTextLength();
    }

    interface Evidence {
        /** Base64 PKCS#8 Ed25519 private key that signs tree heads. */
        String signingKey();

        /** Base64 X.509 SubjectPublicKeyInfo of the same key pair, published for anyone verifying a tree head. */
        String publicKey();

        /**
         * Base64 X.509 public keys the service signed with before a rotation (comma-separated in the environment):
         * heads naming them keep verifying; nothing new is signed with them.
         */
        Optional<List<String>> retiredPublicKeys();

        /** UTF-8 bytes of one entry's canonical content. */
        @WithDefault("65536")
        int maxContentBytes();

        /** Entries one case's ledger may hold; a bundle and a verification read them all. */
        @WithDefault("200000")
        int maxEntries();

        /** Entries a bundle exports (each with its inclusion proof); a bigger ledger is refused with 413. */
        @WithDefault("20000")
        int maxBundleEntries();
    }
}
