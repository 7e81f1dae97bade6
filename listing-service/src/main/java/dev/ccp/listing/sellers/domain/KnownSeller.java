package dev.ccp.listing.sellers.domain;

import dev.ccp.listing.screening.domain.SellerStanding;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a seller's standing, kept from seller-service's events. */
@Entity
@Table(name = "seller_standing")
public class KnownSeller {
    /** The source of a standing read from seller-service's API rather than from an event. */
    public static final String LOOKUP = "lookup";

    @Id
    public String sellerId;
    @Enumerated(EnumType.STRING)
    public SellerStanding status;
    /** When seller-service changed it: an older event never overwrites a newer standing. */
    public Instant changedAt;
    /** The event type, or {@link #LOOKUP} when read from seller-service's API. */
    public String source;
    /** The score and reason codes of the verification that let the account sell (0 and none when clean). */
    public int riskScore;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> riskReasons = new ArrayList<>();

    protected KnownSeller() {
    }

    /** A seller no standing is known of yet. */
    public KnownSeller(String sellerId) {
        this.sellerId = sellerId;
    }

    /** A seller no event has mentioned yet, as seller-service's API answered at {@code at}. */
    public static KnownSeller lookedUp(String sellerId, SellerStanding status, int riskScore, List<String> riskReasons,
            Instant at) {
        KnownSeller seller = new KnownSeller(sellerId);
        seller.changeStanding(status, at, LOOKUP);
        seller.verifiedWith(riskScore, riskReasons);
        return seller;
    }

    /**
     * seller-service changed the seller's standing at {@code changedAt}, as {@code source} says. Older news never
     * overwrites a newer standing, and the same standing again changes nothing.
     *
     * @return whether the standing changed
     */
    public boolean changeStanding(SellerStanding status, Instant changedAt, String source) {
        if (this.changedAt != null && (this.changedAt.isAfter(changedAt) || this.status == status)) {
            return false;
        }
        this.status = status;
        this.changedAt = changedAt;
        this.source = source;
        return true;
    }

    /** What the verification that let the account sell found on it. */
    public void verifiedWith(int riskScore, List<String> riskReasons) {
        this.riskScore = riskScore;
        this.riskReasons = new ArrayList<>(riskReasons);
    }
}
