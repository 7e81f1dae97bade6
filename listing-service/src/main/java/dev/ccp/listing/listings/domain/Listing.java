package dev.ccp.listing.listings.domain;

import dev.ccp.contracts.listing.ScreeningSignal;
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
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    /** The score a moderator saw when clearing the listing: re-screening holds it again only on more evidence. */
    public Integer clearedScore;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public int version;

    /** Confirmed counterfeit or other infringement: nothing but an appeal brings it back. */
    public boolean settledAsInfringing() {
        return verdict != null && verdict.infringing();
    }
}
