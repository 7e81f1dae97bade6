package dev.ccp.listing.screening.domain;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weights and thresholds of screening. {@link #defaults()} are the documented values (docs/listing-screening.md);
 * a deployment overrides any of them by name ({@link #withOverrides}), e.g. {@code held-from=45}.
 */
public record ScreeningRules(int heldFrom, int blockedFrom, int brandPlain, int brandPlainResale, int brandDisguised,
        int brandTypo, double farBelowFloor, int priceFarBelowFloor, double belowFloor, int priceBelowFloor,
        int signatureTerms, int replicaVocabulary, int imageHamming, int imageNearReference, int imageOfNamedBrand,
        int brandWordElsewhere, int unauthorisedStock, int stockQuantity,
        int relistHamming, int relisted, int relistedPartly,
        int promotedAsUnnamedBrand, int promotedAsNamedBrand, int promotedAsDupe,
        int sellerNotVerified, int sellerSuspended, int sellerBarred, int sellerVerifiedWithRisk, int reportedByBrand,
        List<String> replicaPhrases, List<String> nominativeCues, List<String> resaleWords,
        List<String> promotionDupePhrases) {

    public static ScreeningRules defaults() {
        return new ScreeningRules(40, 70, 35, 20, 60, 50, 0.3, 40, 0.5, 25, 30, 60, 6, 50, 5, 10, 10, 5,
                6, 70, 45,
                50, 15, 20,
                40, 40, 70, 10, 40,
                List.of("replica", "replika", "1 1", "1to1", "1 to 1", "aaa quality", "aaa grade", "mirror quality",
                        "mirror grade", "inspired", "dupe", "high copy", "first copy", "master copy", "super copy",
                        "knockoff", "knock off", "fake"),
                List.of("for", "fits", "compatible", "replacement"),
                List.of("used", "pre owned", "preowned", "second hand", "secondhand", "worn", "vintage"),
                List.of("for less", "for a fraction", "fraction of the price", "dupe", "replica", "look for less",
                        "inspired", "same quality", "1 1", "no one will know", "nobody will know"));
    }

    /**
     * These rules with some values replaced, by kebab-case name ({@code held-from}, {@code replica-phrases});
     * lists are comma-separated. An unknown name or a value of the wrong type fails loudly: a typo in a
     * deployment's configuration must not silently keep the default.
     */
    public ScreeningRules withOverrides(Map<String, String> overrides) {
        RecordComponent[] components = ScreeningRules.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(this);
            }
            for (var entry : overrides.entrySet()) {
                int index = indexOf(components, entry.getKey());
                values[index] = parse(components[index], entry.getKey(), entry.getValue().trim());
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return ScreeningRules.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot apply screening overrides", e);
        }
    }

    private static int indexOf(RecordComponent[] components, String kebab) {
        for (int i = 0; i < components.length; i++) {
            if (kebab(components[i].getName()).equals(kebab)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown screening rule '" + kebab + "'; known: "
                + Arrays.stream(components).map(c -> kebab(c.getName())).toList());
    }

    private static Object parse(RecordComponent component, String name, String value) {
        try {
            if (component.getType() == int.class) {
                return Integer.parseInt(value);
            }
            if (component.getType() == double.class) {
                return Double.parseDouble(value);
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("screening rule '" + name + "' must be a number, not '" + value + "'");
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
