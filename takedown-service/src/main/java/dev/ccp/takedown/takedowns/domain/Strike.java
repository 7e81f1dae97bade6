package dev.ccp.takedown.takedowns.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A strike against a seller: one per takedown, counted by the account policy within its window. */
@Entity
@Table(name = "seller_strike")
public class Strike {
    @Id
    private String takedownId;
    private String sellerId;
    private String listingId;
    private boolean registeredBrand;
    private Instant recordedAt;
    private Instant overturnedAt;

    protected Strike() {
    }

    public Strike(String takedownId, String sellerId, String listingId, boolean registeredBrand, Instant now) {
        this.takedownId = takedownId;
        this.sellerId = sellerId;
        this.listingId = listingId;
        this.registeredBrand = registeredBrand;
        this.recordedAt = now;
    }

    /** The takedown was overturned on appeal: the strike no longer counts. */
    public void overturn(Instant now) {
        if (overturnedAt == null) {
            overturnedAt = now;
        }
    }

    public Instant overturnedAt() {
        return overturnedAt;
    }

    public String takedownId() {
        return takedownId;
    }

    public String sellerId() {
        return sellerId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
