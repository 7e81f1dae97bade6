package dev.ccp.seller.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A seller account: who applied, the verification decision, and what happened to the account since. */
@Entity
@Table(name = "seller")
public class Seller {
    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public SellerStatus status;
    public String legalName;
    public String displayName;
    /** The shop name as similarity search compares it. */
    public String displayNameNorm;
    public String email;
    @Column(name = "phone_e164")
    public String phoneE164;
    public String country;
    @Column(name = "address_line1")
    public String addressLine1;
    public String addressCity;
    public String addressPostalCode;
    public String addressCountry;
    @Column(name = "iban_last4")
    public String ibanLast4;
    public String documentType;
    public String documentCountry;
    public LocalDate documentExpiresOn;
    public int verificationScore;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Reason> verificationReasons;
    public Instant submittedAt;
    public Instant decidedAt;
    public String decidedBy;
    public String decisionNote;
    public Instant closedAt;
    public String closureReason;
    public String closureReference;
    @Version
    public int version;

    /** A person settles a review: approve verifies, reject refuses. Only an account under review can be settled. */
    public void settleReview(boolean approve, String note, String actor, Instant at) {
        if (status != SellerStatus.PENDING_REVIEW) {
            throw new IllegalStateException("only an account in PENDING_REVIEW can be decided; this one is " + status);
        }
        status = approve ? SellerStatus.VERIFIED : SellerStatus.REJECTED;
        record(note, actor, at);
    }

    /** Stops the account from selling; returns false when it was suspended already. */
    public boolean suspend(String reason, String actor, Instant at) {
        if (status == SellerStatus.SUSPENDED) {
            return false;
        }
        if (status == SellerStatus.CLOSED || status == SellerStatus.REJECTED) {
            throw new IllegalStateException("a " + status + " account cannot be suspended");
        }
        status = SellerStatus.SUSPENDED;
        record(reason, actor, at);
        return true;
    }

    /** Lets a suspended or closed account sell again (an appeal was granted); false when it already may. */
    public boolean reinstate(String reason, String actor, Instant at) {
        if (status == SellerStatus.VERIFIED) {
            return false;
        }
        if (status != SellerStatus.SUSPENDED && status != SellerStatus.CLOSED) {
            throw new IllegalStateException("only a SUSPENDED or CLOSED account can be reinstated; this one is " + status);
        }
        status = SellerStatus.VERIFIED;
        closedAt = null;
        closureReason = null;
        closureReference = null;
        record(reason, actor, at);
        return true;
    }

    private void record(String note, String actor, Instant at) {
        decisionNote = note;
        decidedBy = actor;
        decidedAt = at;
    }

    /** Closes the account; returns false when it was closed already (closure is a one-way door). */
    public boolean close(String reason, String reference, Instant at) {
        if (status == SellerStatus.CLOSED) {
            return false;
        }
        status = SellerStatus.CLOSED;
        closureReason = reason;
        closureReference = reference;
        closedAt = at;
        return true;
    }
}
