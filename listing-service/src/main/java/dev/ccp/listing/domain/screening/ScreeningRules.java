package dev.ccp.listing.domain.screening;

import java.util.List;

/** Weights and thresholds of screening; configuration, documented with each signal's reason code. */
public record ScreeningRules(int heldFrom, int blockedFrom, int brandPlain, int brandPlainResale, int brandDisguised,
        int brandTypo, double farBelowFloor, int priceFarBelowFloor, double belowFloor, int priceBelowFloor,
        int signatureTerms, int replicaVocabulary, int imageHamming, int imageNearReference, int imageOfNamedBrand,
        int brandWordElsewhere, int unauthorisedStock, int stockQuantity,
        List<String> replicaPhrases, List<String> nominativeCues, List<String> resaleWords) {

    public static ScreeningRules defaults() {
        return new ScreeningRules(40, 70, 35, 20, 60, 50, 0.3, 40, 0.5, 25, 30, 60, 6, 50, 5, 10, 10, 5,
                List.of("replica", "replika", "1 1", "1to1", "1 to 1", "aaa quality", "aaa grade", "mirror quality",
                        "mirror grade", "inspired", "dupe", "high copy", "first copy", "master copy", "super copy",
                        "knockoff", "knock off", "fake"),
                List.of("for", "fits", "compatible", "replacement"),
                List.of("used", "pre owned", "preowned", "second hand", "secondhand", "worn", "vintage"));
    }
}
