package dev.ccp.litigation.cases.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Someone a case is against: a seller account, an influencer, a supplier or a logistics provider ({@code role}),
 * named by {@code sellerId} (the marketplace account, or the identifier the investigators know the party by), with
 * its country (ISO 3166) and, as personal details, its name and address.
 */
@Embeddable
public class Defendant {
    private String sellerId;
    private String role;
    private String country;
    private String name;
    private String address;
    private String addedBy;
    private Instant addedAt;

    protected Defendant() {
    }

    public Defendant(String sellerId, String role, String country) {
        this(sellerId, role, country, null, null, null, null);
    }

    public Defendant(String sellerId, String role, String country, String name, String address, String addedBy,
            Instant addedAt) {
        this.sellerId = sellerId;
        this.role = role;
        this.country = country;
        this.name = name;
        this.address = address;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String sellerId() {
        return sellerId;
    }

    public String role() {
        return role;
    }

    public String country() {
        return country;
    }

    /** Personal: the defendant's name as known to the investigators, or null. */
    public String name() {
        return name;
    }

    /** Personal: a postal address, or null. */
    public String address() {
        return address;
    }

    /** Who added the defendant after the case was opened (null for those it was opened with). */
    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
