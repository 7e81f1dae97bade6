package dev.ccp.listing.config;

import dev.ccp.listing.screening.domain.ScreeningRules;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * The screening rules this deployment runs with: {@code listing.screening.rules.*} over the defaults. A rule name
 * that does not exist fails start-up: a typo in a deployment's configuration must not silently keep the default.
 */
@ApplicationScoped
public class ConfiguredScreeningRules {
    static final String PREFIX = "listing.screening.rules.";

    @Produces
    @Singleton
    ScreeningRules screeningRules(ListingConfig config) {
        return of(config.screening().rules());
    }

    void requireKnownRules(@Observes StartupEvent started, Config config) {
        requireKnownRules(config.getPropertyNames());
    }

    static ScreeningRules of(ListingConfig.Screening.Rules r) {
        return new ScreeningRules(r.heldFrom(), r.blockedFrom(), r.brandPlain(), r.brandPlainResale(),
                r.brandDisguised(), r.brandTypo(), r.farBelowFloor(), r.priceFarBelowFloor(), r.belowFloor(),
                r.priceBelowFloor(), r.signatureTerms(), r.replicaVocabulary(), r.imageHamming(),
                r.imageNearReference(), r.imageOfNamedBrand(), r.brandWordElsewhere(), r.unauthorisedStock(),
                r.stockQuantity(), r.relistHamming(), r.relisted(), r.relistedPartly(), r.promotedAsUnnamedBrand(),
                r.promotedAsNamedBrand(), r.promotedAsDupe(), r.sellerNotVerified(), r.sellerSuspended(),
                r.sellerBarred(), r.sellerVerifiedWithRisk(), r.reportedByBrand(), r.replicaPhrases(),
                r.nominativeCues(), r.resaleWords(), r.promotionDupePhrases());
    }

    /** @param propertyNames every configured name, profile-prefixed ones ({@code %prod.listing...}) included */
    static void requireKnownRules(Iterable<String> propertyNames) {
        Set<String> known = ruleNames();
        List<String> unknown = StreamSupport.stream(propertyNames.spliterator(), false)
                .map(name -> name.replaceFirst("^%[^.]*\\.", ""))
                .filter(name -> name.startsWith(PREFIX))
                .map(name -> name.substring(PREFIX.length()).replaceFirst("\\[\\d+]$", ""))
                .filter(name -> !known.contains(name))
                .distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown screening rule " + unknown.stream()
                    .map(name -> "'" + PREFIX + name + "'").collect(Collectors.joining(", ")) + "; known: " + known);
        }
    }

    private static Set<String> ruleNames() {
        return Arrays.stream(ListingConfig.Screening.Rules.class.getDeclaredMethods())
                .map(Method::getName)
                .map(camel -> camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
