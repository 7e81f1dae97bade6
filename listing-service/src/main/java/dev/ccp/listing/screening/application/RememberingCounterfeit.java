package dev.ccp.listing.screening.application;

import dev.ccp.listing.brand.domain.ImageHashes;
import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import dev.ccp.listing.screening.domain.ListingText;
import dev.ccp.listing.screening.domain.Words;
import dev.ccp.listing.screening.infrastructure.CounterfeitFingerprint;
import dev.ccp.listing.screening.infrastructure.CounterfeitFingerprintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Teaches relisting detection a listing a moderator confirmed as counterfeit: its words and images are stored for
 * every replica, and remembered here at once so that re-screens in the same transaction see it.
 */
@ApplicationScoped
public class RememberingCounterfeit {
    private final CounterfeitFingerprintRepository fingerprints;
    private final ScreeningCatalog catalog;
    private final Event<ConfirmedCounterfeit> confirmed;

    RememberingCounterfeit(CounterfeitFingerprintRepository fingerprints, ScreeningCatalog catalog,
            Event<ConfirmedCounterfeit> confirmed) {
        this.fingerprints = fingerprints;
        this.catalog = catalog;
        this.confirmed = confirmed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConfirmedCounterfeit remember(String listingId, List<String> brandIds, ListingText listing,
            Instant confirmedAt) {
        List<String> words = Words.of(listing.title() + " "
                + (listing.description() == null ? "" : listing.description())).stream().distinct().toList();
        CounterfeitFingerprint fingerprint = new CounterfeitFingerprint();
        fingerprint.listingId = listingId;
        fingerprint.sellerId = listing.sellerId();
        fingerprint.brandIds = new ArrayList<>(brandIds);
        fingerprint.title = listing.title();
        fingerprint.words = new ArrayList<>(words);
        fingerprint.imageHashes = new ArrayList<>(listing.imageHashes().stream().map(ImageHashes::format).toList());
        fingerprint.confirmedAt = confirmedAt;
        fingerprints.persist(fingerprint);

        ConfirmedCounterfeit counterfeit = new ConfirmedCounterfeit(listingId, listing.sellerId(),
                new HashSet<>(brandIds), words, listing.imageHashes());
        catalog.rememberNow(counterfeit); // forgotten again if this transaction rolls back
        confirmed.fire(counterfeit);
        return counterfeit;
    }
}
