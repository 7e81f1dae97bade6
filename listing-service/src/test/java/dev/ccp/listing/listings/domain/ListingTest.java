package dev.ccp.listing.listings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.listing.screening.domain.ListingScreener.Outcome;
import dev.ccp.listing.screening.domain.ListingScreener.Screening;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Removal, reinstatement and how long it has been held are the listing's own transitions. */
class ListingTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void aRemovedListingRemembersItsStatusAndGetsItBackOnReinstatement() {
        Listing listing = screenedAs(Outcome.HELD);
        listing.remove("COUNTERFEIT", "takedown t-1", "takedown-service", NOW);
        assertThat(listing.status).isEqualTo(ListingStatus.REMOVED);
        assertThat(listing.screenable()).isFalse();
        assertThat(listing.removalReference).isEqualTo("takedown t-1");

        listing.reinstate(NOW.plusSeconds(60));
        assertThat(listing.status).isEqualTo(ListingStatus.HELD);
        assertThat(listing.screenable()).isTrue();
        assertThat(listing.removedAt).isNull();
    }

    @Test
    void aRemovedListingIsNeitherRemovedAgainNorScreenedNorEdited() {
        Listing listing = screenedAs(Outcome.PUBLISHED);
        listing.remove("COUNTERFEIT", "takedown t-1", "takedown-service", NOW);
        assertThatThrownBy(() -> listing.remove("COUNTERFEIT", "takedown t-2", "takedown-service", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> listing.screened(screening(Outcome.PUBLISHED), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> listing.edited(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(listing.status).isEqualTo(ListingStatus.REMOVED);
    }

    @Test
    void onlyARemovedListingCanBeReinstated() {
        Listing listing = screenedAs(Outcome.BLOCKED);
        assertThatThrownBy(() -> listing.reinstate(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(listing.status).isEqualTo(ListingStatus.BLOCKED);
    }

    @Test
    void aVerdictOnARemovedListingKeepsItDownAndDecidesWhatAReinstatementGivesBack() {
        Listing listing = screenedAs(Outcome.PUBLISHED);
        listing.remove("SELLER_CLOSED", "event e-1", "/seller-service", NOW);
        listing.decided(Verdict.COUNTERFEIT, NOW.plusSeconds(60));
        assertThat(listing.status).isEqualTo(ListingStatus.REMOVED);

        listing.reinstate(NOW.plusSeconds(120));
        assertThat(listing.status).isEqualTo(ListingStatus.BLOCKED);
        assertThat(listing.screenable()).isFalse();
    }

    @Test
    void aHeldListingKeepsItsPlaceInTheQueueWhenScreenedAgainAndLosesItOnceNotHeld() {
        Listing listing = screenedAs(Outcome.PUBLISHED);
        assertThat(listing.heldSince).isNull();
        listing.screened(screening(Outcome.HELD), NOW.plusSeconds(60));
        assertThat(listing.heldSince).isEqualTo(NOW.plusSeconds(60));
        listing.screened(screening(Outcome.HELD), NOW.plusSeconds(120)); // new evidence, still held: same wait
        assertThat(listing.heldSince).isEqualTo(NOW.plusSeconds(60));

        listing.remove("COUNTERFEIT", "takedown t-1", "takedown-service", NOW.plusSeconds(180));
        assertThat(listing.heldSince).isNull();
        listing.reinstate(NOW.plusSeconds(240));
        assertThat(listing.heldSince).isEqualTo(NOW.plusSeconds(240));

        listing.decided(Verdict.NOT_INFRINGING, NOW.plusSeconds(300));
        assertThat(listing.heldSince).isNull();
    }

    private static Listing screenedAs(Outcome outcome) {
        Listing listing = new Listing();
        listing.id = "l-1";
        listing.sellerId = "s-1";
        listing.screened(screening(outcome), NOW);
        return listing;
    }

    private static Screening screening(Outcome outcome) {
        return new Screening(outcome, outcome == Outcome.PUBLISHED ? 0 : 60, List.of(), Set.of());
    }
}
