package dev.ccp.listing.screening.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What relisting detection keeps of a confirmed counterfeit: its words and its images. */
@Entity
@Table(name = "counterfeit_fingerprint")
public class CounterfeitFingerprint {
    @Id
    public String listingId;
    public String sellerId;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> brandIds = new ArrayList<>();
    public String title;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> words = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> imageHashes = new ArrayList<>();
    public Instant confirmedAt;
}
