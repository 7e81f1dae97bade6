package dev.ccp.listing.config;

import dev.ccp.listing.screening.domain.ScreeningRules.Defaults;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** listing-service settings; every key is documented in the README (the partner edge has core's {@code ccp.partner}). */
@ConfigMapping(prefix = "listing")
public interface ListingConfig {

    Screening screening();

    SellerService sellerService();

    SellerClosure sellerClosure();

    /** The moderators' review queue: leases and priority ({@code listing.review.*}). */
    ReviewSettings review();

    /** Brands' violation reports ({@code listing.reports.*}). */
    ReportSettings reports();

    Removals removals();

    /**
     * Brands' self-service removals: past {@code suspend-from-percent} overturned (granted appeals, upheld
     * counter-notices) of at least {@code minimum-removals} within {@code window}, the privilege is suspended.
     */
    interface Removals {
        @WithDefault("20")
        int suspendFromPercent();

        @WithDefault("10")
        int minimumRemovals();

        @WithDefault("P90D")
        Duration window();
    }

    Webhooks webhooks();

    /** Brands' signed webhooks (Standard Webhooks): endpoints, their secrets, and how deliveries are retried. */
    interface Webhooks {
        /**
         * Base64 of the 32-byte AES key that encrypts endpoints' signing secrets at rest. No default: it comes from
         * a secret ({@code LISTING_WEBHOOKS_SECRET_KEY}); bin/ccp and the test resource make one. Optional here only
         * so that the mapping can be built without it; the service does not start without it.
         */
        Optional<String> secretKey();

        /** The local profile's exception: {@code http://127.0.0.1:<port>} receivers. Never outside local and test. */
        @WithDefault("false")
        boolean allowLocalReceivers();

        @WithDefault("10")
        int maxEndpointsPerBrand();

        @WithDefault("2000")
        int maxUrlLength();

        /** After a rotation the previous secret signs beside the new one for this long. */
        @WithDefault("24h")
        Duration rotationGrace();

        Retry retry();

        Sender sender();

        /** Failed attempts are retried after initial-delay, doubling up to max-delay, until give-up-after. */
        interface Retry {
            @WithDefault("5s")
            Duration initialDelay();

            @WithDefault("2h")
            Duration maxDelay();

            @WithDefault("24h")
            Duration giveUpAfter();
        }

        interface Sender {
            /** Off: nothing is sent (deliveries wait in the table). */
            @WithDefault("true")
            boolean enabled();

            /** How often a replica looks for due deliveries (besides at once after a commit that added some). */
            @WithDefault("5s")
            Duration interval();

            /** Deliveries one pass claims. */
            @WithDefault("20")
            int batchSize();

            /**
             * How long a claimed delivery is kept from other replicas: longer than a batch's attempts can take
             * (batch-size × (connect-timeout + read-timeout)).
             */
            @WithDefault("5m")
            Duration lease();

            @WithDefault("3s")
            Duration connectTimeout();

            /** The receiver's whole answer; Standard Webhooks asks receivers to answer quickly. */
            @WithDefault("10s")
            Duration readTimeout();
        }
    }

    /** A closed seller's live and held listings are removed in chunks, each committed on its own. */
    interface SellerClosure {
        /** Listings removed (and announced) per transaction. */
        @WithDefault("500")
        int chunkSize();
    }

    interface Screening {
        /** Weights and thresholds: every rule, its default and its meaning are in docs/listing-screening.md. */
        Rules rules();

        /** How often a replica checks whether another one changed brands or confirmed counterfeits. */
        @WithDefault("5s")
        Duration refreshInterval();

        /** Most listings one new piece of evidence (a confirmed counterfeit's images) re-screens at once. */
        @WithDefault("2000")
        int rescreenLimit();

        /** After a brand change, how long the index waits for more changes before it is rebuilt (off any request). */
        @WithDefault("200ms")
        Duration rebuildDebounce();

        /** Longest a screening waits for the rebuild of a brand change committed before it started. */
        @WithDefault("3s")
        Duration rebuildWait();

        /**
         * {@code listing.screening.rules.<name>}, e.g. {@code held-from=45}; a name that is none of these fails
         * start-up, so that a typo never silently keeps a default.
         */
        interface Rules {
            /** Outcome thresholds: the score from which a listing is held, and blocked. */
            @WithDefault(Defaults.HELD_FROM)
            int heldFrom();

            @WithDefault(Defaults.BLOCKED_FROM)
            int blockedFrom();

            /** Brand-term signals. */
            @WithDefault(Defaults.BRAND_PLAIN)
            int brandPlain();

            @WithDefault(Defaults.BRAND_PLAIN_RESALE)
            int brandPlainResale();

            @WithDefault(Defaults.BRAND_DISGUISED)
            int brandDisguised();

            @WithDefault(Defaults.BRAND_TYPO)
            int brandTypo();

            /** Prices below a product's floor: the share of the floor, then the weight. */
            @WithDefault(Defaults.FAR_BELOW_FLOOR)
            double farBelowFloor();

            @WithDefault(Defaults.PRICE_FAR_BELOW_FLOOR)
            int priceFarBelowFloor();

            @WithDefault(Defaults.BELOW_FLOOR)
            double belowFloor();

            @WithDefault(Defaults.PRICE_BELOW_FLOOR)
            int priceBelowFloor();

            /** A product's signature terms without its brand; replica vocabulary. */
            @WithDefault(Defaults.SIGNATURE_TERMS)
            int signatureTerms();

            @WithDefault(Defaults.REPLICA_VOCABULARY)
            int replicaVocabulary();

            /** Reference images: how many bits apart still count as the same image, then weights. */
            @WithDefault(Defaults.IMAGE_HAMMING)
            int imageHamming();

            @WithDefault(Defaults.IMAGE_NEAR_REFERENCE)
            int imageNearReference();

            @WithDefault(Defaults.IMAGE_OF_NAMED_BRAND)
            int imageOfNamedBrand();

            /** Other brand signals. */
            @WithDefault(Defaults.BRAND_WORD_ELSEWHERE)
            int brandWordElsewhere();

            @WithDefault(Defaults.UNAUTHORISED_STOCK)
            int unauthorisedStock();

            @WithDefault(Defaults.STOCK_QUANTITY)
            int stockQuantity();

            /** Relisting of a confirmed counterfeit: bits apart, then weights. */
            @WithDefault(Defaults.RELIST_HAMMING)
            int relistHamming();

            @WithDefault(Defaults.RELISTED)
            int relisted();

            @WithDefault(Defaults.RELISTED_PARTLY)
            int relistedPartly();

            /** Off-platform promotions. */
            @WithDefault(Defaults.PROMOTED_AS_UNNAMED_BRAND)
            int promotedAsUnnamedBrand();

            @WithDefault(Defaults.PROMOTED_AS_NAMED_BRAND)
            int promotedAsNamedBrand();

            @WithDefault(Defaults.PROMOTED_AS_DUPE)
            int promotedAsDupe();

            /** The seller's standing and verification; brands' violation reports. */
            @WithDefault(Defaults.SELLER_NOT_VERIFIED)
            int sellerNotVerified();

            @WithDefault(Defaults.SELLER_SUSPENDED)
            int sellerSuspended();

            @WithDefault(Defaults.SELLER_BARRED)
            int sellerBarred();

            @WithDefault(Defaults.SELLER_VERIFIED_WITH_RISK)
            int sellerVerifiedWithRisk();

            @WithDefault(Defaults.REPORTED_BY_BRAND)
            int reportedByBrand();

            /** Vocabularies, comma-separated. */
            @WithDefault(Defaults.REPLICA_PHRASES)
            List<String> replicaPhrases();

            @WithDefault(Defaults.NOMINATIVE_CUES)
            List<String> nominativeCues();

            @WithDefault(Defaults.RESALE_WORDS)
            List<String> resaleWords();

            @WithDefault(Defaults.PROMOTION_DUPE_PHRASES)
            List<String> promotionDupePhrases();

            @WithDefault(Defaults.BRAND_SOUND_ALIKE)
            int brandSoundAlike();

            @WithDefault(Defaults.REPLICA_VOCABULARY_ALONE)
            int replicaVocabularyAlone();

            @WithDefault(Defaults.NOMINATIVE_FILLERS)
            List<String> nominativeFillers();

            @WithDefault(Defaults.NOMINATIVE_NEGATIONS)
            List<String> nominativeNegations();

            @WithDefault(Defaults.NOMINATIVE_AFTER)
            List<String> nominativeAfter();

            @WithDefault(Defaults.NOMINATIVE_PREPOSITIONS)
            List<String> nominativePrepositions();

            @WithDefault(Defaults.RESALE_PROOF)
            List<String> resaleProof();
        }
    }

    interface SellerService {
        /** Ask seller-service for a seller no event has told us about yet (events may lag a new account). */
        @WithDefault("true")
        boolean lookupOnMiss();

        /**
         * Most look-ups one catalogue upload makes; its other unseen sellers count as not verified (their listings
         * are held and released when the sellers' events arrive). Bounds how long an upload can wait on a slow
         * seller-service while holding its transaction.
         */
        @WithDefault("10")
        int lookupsPerUpload();
    }
}
