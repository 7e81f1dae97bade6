package dev.ccp.listing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.listing.screening.domain.ScreeningRules;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** listing.screening.rules.* as a deployment writes them, read the way the service reads them at start-up. */
class ConfiguredScreeningRulesTest {

    @Test
    void withoutOverridesTheServiceRunsTheDocumentedDefaults() {
        assertThat(rulesFrom(Map.of())).isEqualTo(ScreeningRules.defaults());
    }

    @Test
    void aRuleIsOverriddenByItsKebabCaseNameAndTheOthersKeepTheirDefaults() {
        ScreeningRules rules = rulesFrom(Map.of("listing.screening.rules.held-from", "45",
                "%test.listing.screening.rules.far-below-floor", "0.25",
                "listing.screening.rules.replica-phrases", "replica, Fake Copy"));

        assertThat(rules.heldFrom()).isEqualTo(45);
        assertThat(rules.farBelowFloor()).isEqualTo(0.25);
        assertThat(rules.replicaPhrases()).containsExactly("replica", "fake copy");
        assertThat(rules.blockedFrom()).isEqualTo(ScreeningRules.defaults().blockedFrom());
        assertThat(rules.resaleWords()).isEqualTo(ScreeningRules.defaults().resaleWords());
    }

    @Test
    void anUnknownRuleNameFailsStartUpNamingIt() {
        assertThatThrownBy(() -> rulesFrom(Map.of("listing.screening.rules.held-form", "45",
                "%test.listing.screening.rules.seller-banned", "80")))
                .hasMessageContaining("listing.screening.rules.held-form")
                .hasMessageContaining("listing.screening.rules.seller-banned");
    }

    @Test
    void aRuleThatIsNotANumberFailsStartUpNamingIt() {
        assertThatThrownBy(() -> rulesFrom(Map.of("listing.screening.rules.held-from", "forty")))
                .hasMessageContaining("listing.screening.rules.held-from");
    }

    /** As at start-up, where a name under the mapping's prefix that maps to nothing fails too. */
    private static ScreeningRules rulesFrom(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile("test")
                .withMapping(ListingConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "deployment", 500))
                .withValidateUnknown(true)
                .build();
        return ConfiguredScreeningRules.of(config.getConfigMapping(ListingConfig.class).screening().rules());
    }
}
