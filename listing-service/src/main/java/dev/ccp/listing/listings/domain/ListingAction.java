package dev.ccp.listing.listings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One removal or reinstatement, kept for good: who did it, when, why and on what record. */
@Entity
@Table(name = "listing_action")
public class ListingAction {
    /** What was done to the listing. */
    public enum Kind { REMOVED, REINSTATED }

    @Id
    // a pooled sequence, so that a closed seller's thousands of removals are inserted in batches
    @SequenceGenerator(name = "listing_action_id", sequenceName = "listing_action_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_action_id")
    public Long id;
    public String listingId;
    @Enumerated(EnumType.STRING)
    public Kind action;
    public String reason;
    public String reference;
    public String actor;
    public Instant actedAt;
    @Enumerated(EnumType.STRING)
    public ListingStatus statusBefore;
    @Enumerated(EnumType.STRING)
    public ListingStatus statusAfter;

    protected ListingAction() {
    }

    /** What was just done to {@code listing}, which was {@code before} and is now as it stands. */
    public static ListingAction of(Listing listing, Kind action, ListingStatus before, String reason, String reference,
            String actor) {
        ListingAction done = new ListingAction();
        done.listingId = listing.id;
        done.action = action;
        done.reason = reason;
        done.reference = reference;
        done.actor = actor;
        done.actedAt = listing.updatedAt;
        done.statusBefore = before;
        done.statusAfter = listing.status;
        return done;
    }
}
