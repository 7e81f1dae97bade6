package dev.ccp.listing.shadow.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.listings.application.ScreeningListing;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.screening.domain.Evidence;
import dev.ccp.listing.screening.domain.ListingScreener;
import dev.ccp.listing.screening.domain.ListingScreener.Outcome;
import dev.ccp.listing.shadow.domain.Confusion;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration;
import dev.ccp.listing.shadow.infrastructure.DecidedListings;
import dev.ccp.listing.shadow.infrastructure.ScreeningConfigurationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Replays a configuration over listings moderators already decided, on the evidence on file today, beside the
 * active configuration: held or blocked counts as flagged, a verdict of infringement as the truth. Nothing is
 * stored and no listing changes.
 */
@ApplicationScoped
public class Backtesting {
    private static final int CHUNK = 500;

    /** The figures of both configurations over the same decided listings. */
    public record Backtest(String configurationId, Instant from, Instant to, int decided, int infringing,
            Confusion active, Confusion staged) {
    }

    private final ScreeningConfigurationRepository configurations;
    private final ScreeningConfigurations current;
    private final DecidedListings decided;
    private final ListingRepository listings;
    private final ScreeningListing screening;
    private final ScreeningCatalog catalog;

    Backtesting(ScreeningConfigurationRepository configurations, ScreeningConfigurations current,
            DecidedListings decided, ListingRepository listings, ScreeningListing screening,
            ScreeningCatalog catalog) {
        this.configurations = configurations;
        this.current = current;
        this.decided = decided;
        this.listings = listings;
        this.screening = screening;
        this.catalog = catalog;
    }

    /** @param limit most decided listings replayed, the most recently decided first */
    @Transactional
    public Backtest backtest(String configurationId, Instant from, Instant to, int limit) {
        ScreeningConfiguration configuration = configurations.findByIdOptional(configurationId)
                .orElseThrow(() -> ProblemException.notFound("screening configuration", configurationId));
        ListingScreener active = catalog.screener();
        ListingScreener tried = catalog.screenerWith(current.rulesOf(configuration.rules));
        List<String> ids = decided.decidedBetween(from, to, limit);
        Confusion activeFigures = Confusion.none();
        Confusion stagedFigures = Confusion.none();
        int infringing = 0;
        for (int start = 0; start < ids.size(); start += CHUNK) {
            for (Listing listing : listings.list("id in ?1", ids.subList(start, Math.min(ids.size(), start + CHUNK)))) {
                boolean truth = listing.verdict.infringing();
                Evidence evidence = screening.evidenceOn(listing);
                activeFigures = activeFigures.add(flagged(active.screen(listing.id, listing.text(), evidence)), truth);
                stagedFigures = stagedFigures.add(flagged(tried.screen(listing.id, listing.text(), evidence)), truth);
                infringing += truth ? 1 : 0;
            }
            listings.getEntityManager().clear(); // a long replay keeps only a chunk in memory
        }
        return new Backtest(configurationId, from, to, ids.size(), infringing, activeFigures, stagedFigures);
    }

    private static boolean flagged(ListingScreener.Screening screening) {
        return screening.outcome() != Outcome.PUBLISHED;
    }
}
