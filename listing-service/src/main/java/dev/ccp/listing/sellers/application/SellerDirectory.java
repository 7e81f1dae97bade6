package dev.ccp.listing.sellers.application;

import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.listings.domain.SellerStandings;
import dev.ccp.listing.screening.domain.SellerStanding;
import dev.ccp.listing.sellers.domain.KnownSeller;
import dev.ccp.listing.sellers.infrastructure.KnownSellerRepository;
import dev.ccp.listing.sellers.infrastructure.SellerServiceClient;
import dev.ccp.listing.sellers.infrastructure.SellerServiceLookUp;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A seller's standing for screening: from the projection of {@code seller.*} events, or, for a seller no event
 * has mentioned yet (a brand-new account whose events are still in flight), asked of seller-service once.
 * Anything unknown counts as not verified: nothing of it is published.
 */
@ApplicationScoped
public class SellerDirectory implements SellerStandings {
    private static final Logger LOG = Logger.getLogger(SellerDirectory.class);

    private final KnownSellerRepository known;
    private final SellerServiceLookUp sellerService;
    private final ListingConfig.SellerService config;
    private final Clock clock;

    SellerDirectory(KnownSellerRepository known, SellerServiceLookUp sellerService, ListingConfig config, Clock clock) {
        this.known = known;
        this.sellerService = sellerService;
        this.config = config.sellerService();
        this.clock = clock;
    }

    @Override
    public Standing standingOf(String sellerId) {
        return known.standingOf(sellerId).map(SellerDirectory::standing)
                .orElseGet(() -> lookUp(sellerId));
    }

    /**
     * The standing of each of several sellers, with one query for those the projection knows; at most
     * {@code lookups-per-upload} unseen ones are asked of seller-service, the others count as unknown.
     */
    @Override
    public Map<String, Standing> standingsOf(Collection<String> sellerIds) {
        Map<String, Standing> standings = new HashMap<>();
        known.standingsOf(Set.copyOf(sellerIds))
                .forEach(s -> standings.put(s.sellerId(), standing(s)));
        int lookups = 0;
        for (String sellerId : sellerIds) {
            if (!standings.containsKey(sellerId)) {
                standings.put(sellerId, lookups++ < config.lookupsPerUpload() ? lookUp(sellerId) : Standing.UNKNOWN);
            }
        }
        return standings;
    }

    private Standing lookUp(String sellerId) {
        if (!config.lookupOnMiss()) {
            return Standing.UNKNOWN;
        }
        Optional<Standing> found;
        try {
            found = sellerService.find(sellerId).map(SellerDirectory::standing);
        } catch (RuntimeException e) {
            LOG.debugf("seller-service did not answer for seller %s: %s", sellerId, e.getMessage());
            return Standing.UNKNOWN;
        }
        found.ifPresent(standing -> remember(sellerId, standing));
        return found.orElse(Standing.MISSING);
    }

    private void remember(String sellerId, Standing standing) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (known.findByIdOptional(sellerId).isEmpty()) {
                    known.persist(KnownSeller.lookedUp(sellerId, standing.status(), standing.riskScore(),
                            standing.riskReasons(), clock.instant()));
                }
            });
        } catch (RuntimeException raced) {
            // an event or another request stored it first: theirs is at least as fresh
        }
    }

    private static Standing standing(KnownSellerRepository.Standing stored) {
        return new Standing(stored.status(), stored.riskScore(), stored.riskReasons());
    }

    static Standing standing(SellerServiceClient.SellerAccount account) {
        SellerStanding status;
        try {
            status = SellerStanding.valueOf(account.status());
        } catch (IllegalArgumentException | NullPointerException e) {
            status = SellerStanding.UNKNOWN;
        }
        var verification = account.verification();
        if (verification == null || verification.reasons() == null) {
            return new Standing(status, verification == null ? 0 : verification.score(), List.of());
        }
        return new Standing(status, verification.score(), verification.reasons().stream()
                .map(SellerServiceClient.Reason::code).filter(c -> c != null && !c.equals("NO_BARRED_LINKS")).toList());
    }
}
