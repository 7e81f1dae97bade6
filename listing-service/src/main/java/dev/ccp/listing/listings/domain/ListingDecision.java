package dev.ccp.listing.listings.domain;

import dev.ccp.contracts.listing.ScreeningSignal;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One moderator verdict, kept for good: who decided what, when, why, and what screening had shown them. */
@Entity
@Table(name = "listing_decision")
public class ListingDecision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String listingId;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    /** Set for OTHER_INFRINGEMENT only. */
    @Enumerated(EnumType.STRING)
    public InfringementType infringementType;
    public String note;
    public String decidedBy;
    public Instant decidedAt;
    /** When the moderator claimed the listing from the review queue; null when decided without a lease. */
    public Instant claimedAt;
    @Enumerated(EnumType.STRING)
    public ListingStatus statusBefore;
    @Enumerated(EnumType.STRING)
    public ListingStatus statusAfter;
    public int score;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScreeningSignal> signals = new ArrayList<>();

    /** The verdict just given to {@code listing}, which was {@code before} and now stands as it is. */
    public static ListingDecision of(Listing listing, Verdict verdict, String note, String decidedBy,
            ListingStatus before, java.time.Instant at) {
        ListingDecision decision = new ListingDecision();
        decision.listingId = listing.id;
        decision.verdict = verdict;
        decision.note = note;
        decision.decidedBy = decidedBy;
        decision.decidedAt = at;
        decision.statusBefore = before;
        decision.statusAfter = listing.status;
        decision.score = listing.score;
        decision.signals = new ArrayList<>(listing.signals);
        return decision;
    }
}
