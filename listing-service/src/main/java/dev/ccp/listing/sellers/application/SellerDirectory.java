package dev.ccp.listing.sellers.application;

import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.screening.domain.SellerStanding;
import dev.ccp.listing.sellers.domain.KnownSeller;
import dev.ccp.listing.sellers.infrastructure.KnownSellerRepository;
import dev.ccp.listing.sellers.infrastructure.SellerServiceClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A seller's standing for screening: from the projection of {@code seller.*} events, or, for a seller no event
 * has mentioned yet (a brand-new account whose events are still in flight), asked of seller-service once.
 * Anything unknown counts as not verified: nothing of it is published.
 */
@ApplicationScoped
public class SellerDirectory {
    private static final Logger LOG = Logger.getLogger(SellerDirectory.class);

    private final KnownSellerRepository known;
    private final SellerServiceClient sellerService;
    private final ListingConfig.SellerService config;
    private final Clock clock;

    SellerDirectory(KnownSellerRepository known, @RestClient SellerServiceClient sellerService, ListingConfig config,
            Clock clock) {
        this.known = known;
        this.sellerService = sellerService;
        this.config = config.sellerService();
        this.clock = clock;
    }

    public SellerStanding standingOf(String sellerId) {
        return known.findByIdOptional(sellerId).map(s -> s.status).orElseGet(() -> lookUp(sellerId));
    }

    private SellerStanding lookUp(String sellerId) {
        if (!config.lookupOnMiss() || config.token().isEmpty()) {
            return SellerStanding.UNKNOWN;
        }
        Optional<SellerStanding> found;
        try {
            SellerServiceClient.SellerAccount account = sellerService.get(sellerId, "Bearer " + config.token().get());
            found = Optional.ofNullable(account).map(a -> standing(a.status()));
        } catch (RuntimeException e) {
            LOG.debugf("seller-service did not answer for seller %s: %s", sellerId, e.getMessage());
            return SellerStanding.UNKNOWN;
        }
        found.ifPresent(status -> remember(sellerId, status));
        return found.orElse(SellerStanding.UNKNOWN);
    }

    private void remember(String sellerId, SellerStanding status) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (known.findByIdOptional(sellerId).isEmpty()) {
                    KnownSeller seller = new KnownSeller();
                    seller.sellerId = sellerId;
                    seller.status = status;
                    seller.changedAt = clock.instant();
                    seller.source = "lookup";
                    known.persist(seller);
                }
            });
        } catch (RuntimeException raced) {
            // an event or another request stored it first: theirs is at least as fresh
        }
    }

    static SellerStanding standing(String status) {
        try {
            return SellerStanding.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SellerStanding.UNKNOWN;
        }
    }
}
