package dev.ccp.listing.config;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.screening.domain.ScreeningRules;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Screening rules by name, as {@code listing.screening.rules.<name>} writes them (lists comma-separated), over
 * this deployment's own: what a staged configuration holds. Read through the same mapping as at start-up, so every
 * rule the screening has is a name here and a name that is none of them is refused.
 */
@ApplicationScoped
public class ScreeningRuleOverrides {
    static final String PREFIX = "listing.screening.rules.";

    private final Map<String, String> deployment = new HashMap<>();

    ScreeningRuleOverrides(Config config) {
        for (String name : config.getPropertyNames()) {
            String key = name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name;
            if (key.startsWith(PREFIX)) {
                config.getOptionalValue(key, String.class).ifPresent(value -> deployment.put(key, value));
            }
        }
    }

    /**
     * This deployment's rules with {@code overrides} (rule name → value) on top.
     *
     * @throws ProblemException 400 naming {@code rules.<name>} for a name that is no rule or a value it cannot take
     */
    public ScreeningRules with(Map<String, String> overrides) {
        for (var override : overrides.entrySet()) {
            try {
                build(Map.of(override.getKey(), override.getValue()));
            } catch (RuntimeException e) {
                boolean unknown = String.valueOf(e.getMessage()).contains("does not map to any root");
                throw ProblemException.badRequest("rules." + override.getKey(), unknown
                        ? "is not a screening rule (docs/listing-screening.md lists them)"
                        : "cannot be read as that rule's value");
            }
        }
        ScreeningRules rules = build(overrides);
        if (rules.heldFrom() > rules.blockedFrom()) {
            throw ProblemException.badRequest("rules.held-from", "must not be above blocked-from ("
                    + rules.blockedFrom() + ")");
        }
        return rules;
    }

    private ScreeningRules build(Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>(deployment);
        overrides.forEach((name, value) -> properties.put(PREFIX + name, value));
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ListingConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "screening-configuration", 500))
                .withValidateUnknown(true)
                .build();
        return ConfiguredScreeningRules.of(config.getConfigMapping(ListingConfig.class).screening().rules());
    }
}
