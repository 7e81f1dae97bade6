package dev.ccp.listing.listings.domain;

import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.listing.brand.domain.ImageHashes;
import dev.ccp.listing.screening.domain.ListingScreener.Screening;
import dev.ccp.listing.screening.domain.ListingText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A marketplace listing, its latest screening and, once a moderator looked at it, the verdict. */
@Entity
@Table(name = "listing")
public class Listing {
    @Id
    public String id;
    public String sellerId;
    public String title;
    public String description;
    public String brandField;
    public String category;
    public BigDecimal priceAmount;
    public String priceCurrency;
    public int quantity;
    /** As the seller sent them, in order, 16 hex characters each. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> imageHashes = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public ListingStatus status;
    public int score;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScreeningSignal> signals = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> brandIds = new ArrayList<>();
    public Instant screenedAt;
    /** Since when it has been HELD, waiting for a moderator; null while it is not held. */
    public Instant heldSince;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    /** The score a moderator saw when clearing the listing: re-screening holds it again only on more evidence. */
    public Integer clearedScore;
    /** While removed: the status screening or a moderator had given it, which a reinstatement gives back. */
    @Enumerated(EnumType.STRING)
    public ListingStatus statusBeforeRemoval;
    /** While removed: why, the record behind it, who and when (every removal stays in the audit trail). */
    public String removalReason;
    public String removalReference;
    public String removedBy;
    public Instant removedAt;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    /** Confirmed counterfeit or other infringement: nothing but an appeal brings it back. */
    public boolean settledAsInfringing() {
        return verdict != null && verdict.infringing();
    }

    /** Screening may still change its status: neither found infringing nor taken down. */
    public boolean screenable() {
        return !settledAsInfringing() && !removed();
    }

    /** Taken down: nothing but a reinstatement changes its status. */
    public boolean removed() {
        return status == ListingStatus.REMOVED;
    }

    /** The parts of the listing screening reads. */
    public ListingText text() {
        return new ListingText(sellerId, title, description, brandField, category, priceAmount, priceCurrency,
                quantity, ImageHashes.parseAll(imageHashes));
    }

    /** Takes a screening's outcome, score and reasons; never for a listing screening may no longer change. */
    public void screened(Screening screening, Instant at) {
        requireScreenable();
        ListingStatus before = status;
        status = ListingStatus.valueOf(screening.outcome().name());
        trackHold(before, at);
        score = screening.score();
        signals = new ArrayList<>(screening.signals().stream()
                .map(s -> new ScreeningSignal(s.code(), s.weight(), s.detail())).toList());
        brandIds = new ArrayList<>(screening.brandIds().stream().sorted().toList());
        screenedAt = at;
    }

    /**
     * A moderator's verdict. Infringing blocks the listing for good; not infringing publishes it and keeps the score
     * the moderator saw, so that re-screening holds it again only on more evidence. A verdict of infringement is
     * not reversed here: that is an appeal.
     */
    public void decided(Verdict verdict, Instant at) {
        if (settledAsInfringing()) {
            throw new IllegalStateException("listing " + id + " was already found " + this.verdict);
        }
        this.verdict = verdict;
        updatedAt = at;
        clearedScore = verdict.infringing() ? null : score;
        ListingStatus outcome = verdict.infringing() ? ListingStatus.BLOCKED : ListingStatus.PUBLISHED;
        if (removed()) {
            statusBeforeRemoval = outcome; // it stays down; a reinstatement brings it back as the verdict says
        } else {
            status = outcome;
        }
        heldSince = null;
    }

    /**
     * A finding of infringement reversed outside an appeal (a seller's counter-notice upheld): not infringing from
     * now on, published again once nothing else holds it, with the score of now as the one staff cleared. A removed
     * listing stays down; its reinstatement brings it back published.
     */
    public void overturned(Instant at) {
        if (!settledAsInfringing()) {
            throw new IllegalStateException("listing " + id + " was not found infringing");
        }
        verdict = Verdict.NOT_INFRINGING;
        clearedScore = score;
        updatedAt = at;
        if (removed()) {
            statusBeforeRemoval = ListingStatus.PUBLISHED;
        } else {
            status = ListingStatus.PUBLISHED;
        }
    }

    /**
     * Takes the listing down, whatever screening or a moderator made of it, and remembers that status for a
     * reinstatement. Removing a removed listing is refused: the caller decides whether that is a no-op.
     */
    public void remove(String reason, String reference, String actor, Instant at) {
        if (removed()) {
            throw new IllegalStateException("listing " + id + " is already removed");
        }
        statusBeforeRemoval = status;
        status = ListingStatus.REMOVED;
        heldSince = null;
        removalReason = reason;
        removalReference = reference;
        removedBy = actor;
        removedAt = at;
        updatedAt = at;
    }

    /**
     * Puts a removed listing back in the status it had before the removal; only a removed listing can be
     * reinstated. Screening may then revise that status on today's evidence (see {@link #screenable()}).
     */
    public void reinstate(Instant at) {
        if (!removed()) {
            throw new IllegalStateException("listing " + id + " is " + status + ", not removed");
        }
        status = statusBeforeRemoval;
        trackHold(ListingStatus.REMOVED, at);
        statusBeforeRemoval = null;
        removalReason = null;
        removalReference = null;
        removedBy = null;
        removedAt = null;
        updatedAt = at;
    }

    /** The seller changed its words or images: a moderator's clearance was for the old ones. */
    public void edited(Instant at) {
        requireScreenable();
        verdict = null;
        clearedScore = null;
        updatedAt = at;
    }

    /** A listing newly held starts waiting now; one held again by a re-screen keeps its place in the queue. */
    private void trackHold(ListingStatus before, Instant at) {
        if (status != ListingStatus.HELD) {
            heldSince = null;
        } else if (before != ListingStatus.HELD || heldSince == null) {
            heldSince = at;
        }
    }

    private void requireScreenable() {
        if (!screenable()) {
            throw new IllegalStateException("listing " + id + " is " + status + " with verdict " + verdict
                    + "; screening no longer changes it");
        }
    }
}
