package dev.ccp.listing.screening.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Weights and thresholds of screening. {@link #defaults()} are the documented values (docs/listing-screening.md),
 * written once in {@link Defaults}; a deployment overrides any of them as {@code listing.screening.rules.<name>}.
 * Phrases are kept trimmed and in lower case, however they were written.
 */
public record ScreeningRules(int heldFrom, int blockedFrom, int brandPlain, int brandPlainResale, int brandDisguised,
        int brandTypo, double farBelowFloor, int priceFarBelowFloor, double belowFloor, int priceBelowFloor,
        int signatureTerms, int replicaVocabulary, int imageHamming, int imageNearReference, int imageOfNamedBrand,
        int brandWordElsewhere, int unauthorisedStock, int stockQuantity,
        int relistHamming, int relisted, int relistedPartly,
        int promotedAsUnnamedBrand, int promotedAsNamedBrand, int promotedAsDupe,
        int sellerNotVerified, int sellerSuspended, int sellerBarred, int sellerVerifiedWithRisk, int reportedByBrand,
        List<String> replicaPhrases, List<String> nominativeCues, List<String> resaleWords,
        List<String> promotionDupePhrases, int brandSoundAlike, int replicaVocabularyAlone,
        List<String> nominativeFillers, List<String> nominativeNegations, List<String> nominativeAfter,
        List<String> nominativePrepositions, List<String> resaleProof) {

    public ScreeningRules {
        replicaPhrases = phrases(replicaPhrases);
        nominativeCues = phrases(nominativeCues);
        resaleWords = phrases(resaleWords);
        promotionDupePhrases = phrases(promotionDupePhrases);
        nominativeFillers = phrases(nominativeFillers);
        nominativeNegations = phrases(nominativeNegations);
        nominativeAfter = phrases(nominativeAfter);
        nominativePrepositions = phrases(nominativePrepositions);
        resaleProof = phrases(resaleProof);
    }

    /** The rules as they were before sound-alikes, replica words without a brand and the nominative structure. */
    public ScreeningRules(int heldFrom, int blockedFrom, int brandPlain, int brandPlainResale, int brandDisguised,
            int brandTypo, double farBelowFloor, int priceFarBelowFloor, double belowFloor, int priceBelowFloor,
            int signatureTerms, int replicaVocabulary, int imageHamming, int imageNearReference, int imageOfNamedBrand,
            int brandWordElsewhere, int unauthorisedStock, int stockQuantity,
            int relistHamming, int relisted, int relistedPartly,
            int promotedAsUnnamedBrand, int promotedAsNamedBrand, int promotedAsDupe,
            int sellerNotVerified, int sellerSuspended, int sellerBarred, int sellerVerifiedWithRisk,
            int reportedByBrand, List<String> replicaPhrases, List<String> nominativeCues, List<String> resaleWords,
            List<String> promotionDupePhrases) {
        this(heldFrom, blockedFrom, brandPlain, brandPlainResale, brandDisguised, brandTypo, farBelowFloor,
                priceFarBelowFloor, belowFloor, priceBelowFloor, signatureTerms, replicaVocabulary, imageHamming,
                imageNearReference, imageOfNamedBrand, brandWordElsewhere, unauthorisedStock, stockQuantity,
                relistHamming, relisted, relistedPartly, promotedAsUnnamedBrand, promotedAsNamedBrand, promotedAsDupe,
                sellerNotVerified, sellerSuspended, sellerBarred, sellerVerifiedWithRisk, reportedByBrand,
                replicaPhrases, nominativeCues, resaleWords, promotionDupePhrases, whole(Defaults.BRAND_SOUND_ALIKE),
                whole(Defaults.REPLICA_VOCABULARY_ALONE), list(Defaults.NOMINATIVE_FILLERS),
                list(Defaults.NOMINATIVE_NEGATIONS), list(Defaults.NOMINATIVE_AFTER),
                list(Defaults.NOMINATIVE_PREPOSITIONS), list(Defaults.RESALE_PROOF));
    }

    /**
     * The default of every rule, as configuration writes it (lists comma-separated), so that the service's
     * configuration can declare the same values as its defaults without repeating them.
     */
    public static final class Defaults {
        public static final String HELD_FROM = "40";
        public static final String BLOCKED_FROM = "70";
        public static final String BRAND_PLAIN = "35";
        public static final String BRAND_PLAIN_RESALE = "20";
        public static final String BRAND_DISGUISED = "60";
        public static final String BRAND_TYPO = "50";
        public static final String FAR_BELOW_FLOOR = "0.3";
        public static final String PRICE_FAR_BELOW_FLOOR = "40";
        public static final String BELOW_FLOOR = "0.5";
        public static final String PRICE_BELOW_FLOOR = "25";
        public static final String SIGNATURE_TERMS = "30";
        public static final String REPLICA_VOCABULARY = "60";
        public static final String IMAGE_HAMMING = "6";
        public static final String IMAGE_NEAR_REFERENCE = "50";
        public static final String IMAGE_OF_NAMED_BRAND = "5";
        public static final String BRAND_WORD_ELSEWHERE = "10";
        public static final String UNAUTHORISED_STOCK = "10";
        public static final String STOCK_QUANTITY = "5";
        public static final String RELIST_HAMMING = "6";
        public static final String RELISTED = "70";
        public static final String RELISTED_PARTLY = "45";
        public static final String PROMOTED_AS_UNNAMED_BRAND = "50";
        public static final String PROMOTED_AS_NAMED_BRAND = "15";
        public static final String PROMOTED_AS_DUPE = "20";
        public static final String SELLER_NOT_VERIFIED = "40";
        public static final String SELLER_SUSPENDED = "40";
        public static final String SELLER_BARRED = "70";
        public static final String SELLER_VERIFIED_WITH_RISK = "10";
        public static final String REPORTED_BY_BRAND = "40";
        public static final String REPLICA_PHRASES = "replica,replika,1 1,1to1,1 to 1,aaa quality,aaa grade,"
                + "mirror quality,mirror grade,inspired,dupe,high copy,first copy,master copy,super copy,knockoff,"
                + "knock off,fake";
        /** Words that make the brand after them the thing the product serves, fits or goes with. */
        public static final String NOMINATIVE_CUES = "for,fits,fit,fitting,suits,compatible,replacement,replaces";
        /** Closed-class words that may stand between such a word and the brand ("for use with the"). */
        public static final String NOMINATIVE_FILLERS = "the,a,an,your,my,his,her,their,our,its,all,any,most,many,"
                + "some,select,selected,use,used,with,and,or,both,these,those,this,that,every,each,by,to,of,in,on,"
                + "standard,older,newer";
        /** A denial before the brand ("not affiliated with", "no connection to"): the listing says it is not the brand. */
        public static final String NOMINATIVE_NEGATIONS = "not,no,non,unaffiliated,unofficial,independent,nor";
        /** Words right after the brand that make it the object ("Zorvex-compatible", "Zorvex replacement"). */
        public static final String NOMINATIVE_AFTER = "compatible,compatibility,replacement";
        /** Prepositions that make the brand an object when one of its models follows ("with Zorvex Z40"). */
        public static final String NOMINATIVE_PREPOSITIONS = "with,to,for";
        public static final String RESALE_WORDS = "used,pre owned,preowned,second hand,secondhand,worn,vintage,"
                + "pre loved,preloved,previously owned";
        /** Proof of a genuine purchase: resale when one item is sold, yet its price still has to be plausible. */
        public static final String RESALE_PROOF = "receipt,proof of purchase,invoice,purchased from,bought from,"
                + "purchased at,bought at,box and papers,certificate of authenticity,authenticity card";
        public static final String BRAND_SOUND_ALIKE = "30";
        public static final String REPLICA_VOCABULARY_ALONE = "15";
        public static final String PROMOTION_DUPE_PHRASES = "for less,for a fraction,fraction of the price,dupe,"
                + "replica,look for less,inspired,same quality,1 1,no one will know,nobody will know";

        private Defaults() {
        }
    }

    public static ScreeningRules defaults() {
        return new ScreeningRules(whole(Defaults.HELD_FROM), whole(Defaults.BLOCKED_FROM),
                whole(Defaults.BRAND_PLAIN), whole(Defaults.BRAND_PLAIN_RESALE), whole(Defaults.BRAND_DISGUISED),
                whole(Defaults.BRAND_TYPO), Double.parseDouble(Defaults.FAR_BELOW_FLOOR),
                whole(Defaults.PRICE_FAR_BELOW_FLOOR), Double.parseDouble(Defaults.BELOW_FLOOR),
                whole(Defaults.PRICE_BELOW_FLOOR), whole(Defaults.SIGNATURE_TERMS),
                whole(Defaults.REPLICA_VOCABULARY), whole(Defaults.IMAGE_HAMMING),
                whole(Defaults.IMAGE_NEAR_REFERENCE), whole(Defaults.IMAGE_OF_NAMED_BRAND),
                whole(Defaults.BRAND_WORD_ELSEWHERE), whole(Defaults.UNAUTHORISED_STOCK),
                whole(Defaults.STOCK_QUANTITY), whole(Defaults.RELIST_HAMMING), whole(Defaults.RELISTED),
                whole(Defaults.RELISTED_PARTLY), whole(Defaults.PROMOTED_AS_UNNAMED_BRAND),
                whole(Defaults.PROMOTED_AS_NAMED_BRAND), whole(Defaults.PROMOTED_AS_DUPE),
                whole(Defaults.SELLER_NOT_VERIFIED), whole(Defaults.SELLER_SUSPENDED), whole(Defaults.SELLER_BARRED),
                whole(Defaults.SELLER_VERIFIED_WITH_RISK), whole(Defaults.REPORTED_BY_BRAND),
                list(Defaults.REPLICA_PHRASES), list(Defaults.NOMINATIVE_CUES), list(Defaults.RESALE_WORDS),
                list(Defaults.PROMOTION_DUPE_PHRASES), whole(Defaults.BRAND_SOUND_ALIKE),
                whole(Defaults.REPLICA_VOCABULARY_ALONE), list(Defaults.NOMINATIVE_FILLERS),
                list(Defaults.NOMINATIVE_NEGATIONS), list(Defaults.NOMINATIVE_AFTER),
                list(Defaults.NOMINATIVE_PREPOSITIONS), list(Defaults.RESALE_PROOF));
    }

    private static int whole(String value) {
        return Integer.parseInt(value);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.asList(commaSeparated.split(","));
    }

    private static List<String> phrases(List<String> written) {
        return written.stream().map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT))
                .toList();
    }
}
