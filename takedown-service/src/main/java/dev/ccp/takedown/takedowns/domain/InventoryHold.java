package dev.ccp.takedown.takedowns.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The seller's stock of a taken-down listing, held for destruction: one per takedown. HELD ends DESTROYED or
 * RELEASED, once; asking for the state it is already in changes nothing.
 */
@Entity
@Table(name = "inventory_hold")
public class InventoryHold {
    @Id
    private String takedownId;
    private String listingId;
    private String sellerId;
    private int units;
    @Enumerated(EnumType.STRING)
    private HoldStatus status;
    private Instant heldAt;
    private Instant settledAt;
    private String settledBy;

    protected InventoryHold() {
    }

    public InventoryHold(String takedownId, String listingId, String sellerId, int units, Instant now) {
        this.takedownId = takedownId;
        this.listingId = listingId;
        this.sellerId = sellerId;
        this.units = units;
        this.status = HoldStatus.HELD;
        this.heldAt = now;
    }

    /**
     * Moves HELD stock to {@code outcome}.
     *
     * @return false when it is in {@code outcome} already
     * @throws IllegalHoldTransitionException when it ended the other way
     */
    public boolean settle(HoldStatus outcome, String by, Instant now) {
        if (outcome == HoldStatus.HELD) {
            throw new IllegalArgumentException("stock is settled as DESTROYED or RELEASED");
        }
        if (status == outcome) {
            return false;
        }
        if (status != HoldStatus.HELD) {
            throw new IllegalHoldTransitionException(takedownId, status, outcome);
        }
        status = outcome;
        settledAt = now;
        settledBy = by;
        return true;
    }

    public String takedownId() {
        return takedownId;
    }

    public String listingId() {
        return listingId;
    }

    public String sellerId() {
        return sellerId;
    }

    public int units() {
        return units;
    }

    public HoldStatus status() {
        return status;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String settledBy() {
        return settledBy;
    }
}
