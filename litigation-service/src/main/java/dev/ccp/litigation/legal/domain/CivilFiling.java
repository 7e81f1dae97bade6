package dev.ccp.litigation.legal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The civil suit of a case: where it was filed, under which docket number, its claims and its co-plaintiffs. */
@Entity
@Table(name = "civil_filing")
public class CivilFiling {
    @Id
    private String id;
    private String caseId;
    private String court;
    private String jurisdiction;
    private String docketNumber;
    private LocalDate filedOn;
    private String filedBy;
    private Instant filedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "filing_claim", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "position")
    @Column(name = "claim")
    private List<String> claims = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "filing_co_plaintiff", joinColumns = @JoinColumn(name = "filing_id"))
    private List<CoPlaintiff> coPlaintiffs = new ArrayList<>();

    protected CivilFiling() {
    }

    public CivilFiling(String caseId, String court, String jurisdiction, String docketNumber, LocalDate filedOn,
            List<String> claims, List<String> coPlaintiffBrands, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.court = court;
        this.jurisdiction = jurisdiction;
        this.docketNumber = docketNumber;
        this.filedOn = filedOn;
        this.claims.addAll(claims);
        coPlaintiffBrands.forEach(brand -> coPlaintiffs.add(new CoPlaintiff(brand, null, by, now)));
        this.filedBy = by;
        this.filedAt = now;
    }

    /** The brand joins as co-plaintiff; false when it already is one (its key is kept if it had none). */
    public boolean join(String brandId, String publicKey, String by, Instant now) {
        Optional<CoPlaintiff> already = coPlaintiff(brandId);
        if (already.isPresent()) {
            if (already.get().publicKey() == null && publicKey != null) {
                already.get().keepKey(publicKey);
            }
            return false;
        }
        coPlaintiffs.add(new CoPlaintiff(brandId, publicKey, by, now));
        return true;
    }

    /** Keeps the brand's countersigning key, the first one it gives: a key once given is never swapped. */
    public void keepKey(String brandId, String publicKey) {
        coPlaintiff(brandId).filter(c -> c.publicKey() == null).ifPresent(c -> c.keepKey(publicKey));
    }

    public Optional<CoPlaintiff> coPlaintiff(String brandId) {
        return coPlaintiffs.stream().filter(c -> c.brandId().equals(brandId)).findFirst();
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String court() {
        return court;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String docketNumber() {
        return docketNumber;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public List<String> claims() {
        return List.copyOf(claims);
    }

    public List<CoPlaintiff> coPlaintiffs() {
        return List.copyOf(coPlaintiffs);
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }
}
