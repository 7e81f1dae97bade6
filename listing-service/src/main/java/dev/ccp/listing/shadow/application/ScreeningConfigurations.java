package dev.ccp.listing.shadow.application;

import dev.ccp.listing.config.ScreeningRuleOverrides;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.screening.domain.ScreeningRules;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration.Status;
import dev.ccp.listing.shadow.infrastructure.ScreeningConfigurationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Which configuration screening runs and which one is staged beside it, as the database says: read before the
 * service takes requests (a promotion survives a restart), after every change made here, and within
 * {@code listing.screening.refresh-interval} of a change another replica made.
 */
@ApplicationScoped
public class ScreeningConfigurations {
    private static final Logger LOG = Logger.getLogger(ScreeningConfigurations.class);

    /** The staged configuration and the rules it makes. */
    public record Staged(String id, ScreeningRules rules) {
    }

    private final ScreeningConfigurationRepository configurations;
    private final ScreeningRuleOverrides overrides;
    private final ScreeningCatalog catalog;
    private volatile Staged staged;
    private volatile String activeId;

    ScreeningConfigurations(ScreeningConfigurationRepository configurations, ScreeningRuleOverrides overrides,
            ScreeningCatalog catalog) {
        this.configurations = configurations;
        this.overrides = overrides;
        this.catalog = catalog;
    }

    void onStart(@Observes StartupEvent start) {
        sync();
    }

    /** The configuration being tried beside the active one, if any. */
    public Optional<Staged> staged() {
        return Optional.ofNullable(staged);
    }

    /** The rules the configuration {@code id} would run: the deployment's with its overrides. */
    public ScreeningRules rulesOf(Map<String, String> configurationRules) {
        return overrides.with(configurationRules);
    }

    @Scheduled(every = "${listing.screening.refresh-interval}", delayed = "${listing.screening.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public synchronized void sync() {
        QuarkusTransaction.requiringNew().run(() -> {
            Optional<ScreeningConfiguration> active = configurations.inStatus(Status.ACTIVE);
            String id = active.map(c -> c.id).orElse("");
            if (!id.equals(activeId)) {
                catalog.useRules(overrides.with(active.map(c -> c.rules).orElse(Map.of())));
                activeId = id;
                if (!id.isEmpty()) {
                    LOG.infof("screening runs configuration %s: %s", id, active.get().rules);
                }
            }
            Optional<ScreeningConfiguration> nowStaged = configurations.inStatus(Status.STAGED);
            Staged known = staged;
            if (nowStaged.isEmpty()) {
                staged = null;
            } else if (known == null || !known.id().equals(nowStaged.get().id)) {
                staged = new Staged(nowStaged.get().id, overrides.with(nowStaged.get().rules));
            }
        });
    }
}
