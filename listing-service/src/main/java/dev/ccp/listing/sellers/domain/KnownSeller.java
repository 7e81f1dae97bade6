package dev.ccp.listing.sellers.domain;

import dev.ccp.listing.screening.domain.SellerStanding;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** This service's copy of a seller's standing, kept from seller-service's events. */
@Entity
@Table(name = "seller_standing")
public class KnownSeller {
    @Id
    public String sellerId;
    @Enumerated(EnumType.STRING)
    public SellerStanding status;
    /** When seller-service changed it: an older event never overwrites a newer standing. */
    public Instant changedAt;
    /** The event type, or {@code lookup} when read from seller-service's API. */
    public String source;
    /** The score and reason codes of the verification that let the account sell (0 and none when clean). */
    public int riskScore;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public java.util.List<String> riskReasons = new java.util.ArrayList<>();
}
