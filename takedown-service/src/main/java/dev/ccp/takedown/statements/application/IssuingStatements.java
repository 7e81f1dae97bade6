package dev.ccp.takedown.statements.application;

import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.statements.domain.RegisteredBrand;
import dev.ccp.takedown.statements.domain.Redress;
import dev.ccp.takedown.statements.domain.StatementOfReasons;
import dev.ccp.takedown.statements.domain.TerritorialScope;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import dev.ccp.takedown.takedowns.application.StatementsOfReasons;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The takedown's {@link StatementsOfReasons}: names the brands through listing-service, writes the statement and
 * records it with its event. listing-service is asked outside the database transaction, and not at all for a
 * statement that exists already. When it cannot answer, {@link ListingServiceUnavailableException} (transient)
 * reaches the step runner, which tries again later; nothing is stored meanwhile.
 */
@ApplicationScoped
public class IssuingStatements implements StatementsOfReasons {
    private final RecordingStatement recording;
    private final ListingRegistry registry;
    private final TakedownConfig.Statements config;
    private final Clock clock;

    IssuingStatements(RecordingStatement recording, ListingRegistry registry, TakedownConfig config, Clock clock) {
        this.recording = recording;
        this.registry = registry;
        this.config = config.statements();
        this.clock = clock;
    }

    @Override
    public void issue(StatementFacts facts) {
        if (recording.exists(facts.takedownId(), facts.action())) {
            return;
        }
        List<RegisteredBrand> brands = facts.brandIds().stream().distinct().map(registry::brand).toList();
        LocalDate listedOn = registry.listedAt(facts.listingId())
                .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)).orElse(null);
        Redress redress = new Redress(
                facts.actionTakenAt().atOffset(ZoneOffset.UTC).plus(config.appealWindow()).toInstant(),
                config.internalComplaint().replace("{takedownId}", facts.takedownId()), config.outOfCourt(),
                config.judicial());
        recording.record(StatementOfReasons.issue(UUID.randomUUID().toString(), facts, brands, listedOn, redress,
                TerritorialScope.validated(config.territorialScope()), clock.instant()));
    }
}
