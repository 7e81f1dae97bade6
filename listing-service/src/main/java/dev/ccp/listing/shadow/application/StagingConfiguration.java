package dev.ccp.listing.shadow.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.shadow.domain.ConfigurationAction;
import dev.ccp.listing.shadow.domain.ConfigurationAction.Action;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration.Status;
import dev.ccp.listing.shadow.infrastructure.ConfigurationActionRepository;
import dev.ccp.listing.shadow.infrastructure.ScreeningConfigurationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Staff stage a configuration (changes to the active one's rules), then promote or discard it; each step is
 * audited with who, when and why. One configuration is staged at a time, so every difference has one cause.
 */
@ApplicationScoped
public class StagingConfiguration {
    private final ScreeningConfigurationRepository configurations;
    private final ConfigurationActionRepository actions;
    private final ScreeningConfigurations current;
    private final Clock clock;

    StagingConfiguration(ScreeningConfigurationRepository configurations, ConfigurationActionRepository actions,
            ScreeningConfigurations current, Clock clock) {
        this.configurations = configurations;
        this.actions = actions;
        this.current = current;
        this.clock = clock;
    }

    /**
     * @param changes rule name → value, over the active configuration's
     * @param fromDeployment over the deployment's own rules instead (none: back to them)
     */
    public ScreeningConfiguration stage(Map<String, String> changes, boolean fromDeployment, String note,
            String actor) {
        ScreeningConfiguration staged;
        try {
            staged = QuarkusTransaction.requiringNew().call(() -> {
                configurations.inStatus(Status.STAGED).ifPresent(s -> {
                    throw ProblemException.conflict("configuration " + s.id + " is staged; promote or discard it"
                            + " first");
                });
                Map<String, String> rules = new LinkedHashMap<>(fromDeployment ? Map.of()
                        : configurations.inStatus(Status.ACTIVE).map(a -> a.rules).orElse(Map.of()));
                rules.putAll(changes);
                current.rulesOf(rules); // refuses a name that is no rule, or a value it cannot take
                ScreeningConfiguration configuration = ScreeningConfiguration.staged(UUID.randomUUID().toString(),
                        rules, note, actor, clock.instant());
                configurations.persist(configuration);
                actions.persist(ConfigurationAction.of(configuration.id, Action.STAGED, actor, clock.instant(), note));
                configurations.flush();
                return configuration;
            });
        } catch (PersistenceException raced) {
            throw ProblemException.conflict("another configuration was staged at the same time");
        }
        current.sync();
        return staged;
    }

    /** The staged configuration becomes what screening runs, here at once and on other replicas within seconds. */
    public ScreeningConfiguration promote(String id, String why, String actor) {
        ScreeningConfiguration promoted = QuarkusTransaction.requiringNew().call(() -> {
            ScreeningConfiguration staged = stagedForUpdate(id);
            configurations.inStatusForUpdate(Status.ACTIVE).ifPresent(active -> {
                active.retire();
                configurations.flush(); // one ACTIVE at a time, by index
            });
            current.rulesOf(staged.rules); // still valid for this deployment
            staged.promote(actor, clock.instant(), why);
            actions.persist(ConfigurationAction.of(id, Action.PROMOTED, actor, clock.instant(), why));
            return staged;
        });
        current.sync();
        return promoted;
    }

    public ScreeningConfiguration discard(String id, String why, String actor) {
        ScreeningConfiguration discarded = QuarkusTransaction.requiringNew().call(() -> {
            ScreeningConfiguration staged = stagedForUpdate(id);
            staged.discard(actor, clock.instant(), why);
            actions.persist(ConfigurationAction.of(id, Action.DISCARDED, actor, clock.instant(), why));
            return staged;
        });
        current.sync();
        return discarded;
    }

    private ScreeningConfiguration stagedForUpdate(String id) {
        ScreeningConfiguration configuration = configurations.findByIdOptional(id,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("screening configuration", id));
        if (configuration.status != Status.STAGED) {
            throw ProblemException.conflict("configuration " + id + " is " + configuration.status + ", not staged");
        }
        return configuration;
    }
}
