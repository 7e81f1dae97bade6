package dev.ccp.listing.promotions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An off-platform post that promotes listings: evidence, and its account a potential defendant. */
@Entity
@Table(name = "promotion")
public class Promotion {
    @Id
    public String id;
    public String platform;
    public String postUrl;
    public String accountHandle;
    public String claimedBrandId;
    public String caption;
    public Instant postedAt;
    public String reportedBy;
    /** Set when a brand partner filed it: only that brand sees it through the partner API. */
    public String reportingBrandId;
    public Instant reportedAt;
    @ElementCollection
    @CollectionTable(name = "promotion_listing", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "listing_id")
    public List<String> listingIds = new ArrayList<>();
}
