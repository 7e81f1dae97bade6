package dev.ccp.litigation.cases.domain;

import jakarta.persistence.Embeddable;

/** Someone a case is against: for now a seller account, with its role in the scheme and its country (ISO 3166). */
@Embeddable
public class Defendant {
    private String sellerId;
    private String role;
    private String country;

    protected Defendant() {
    }

    public Defendant(String sellerId, String role, String country) {
        this.sellerId = sellerId;
        this.role = role;
        this.country = country;
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
}
