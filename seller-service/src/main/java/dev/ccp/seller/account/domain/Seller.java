package dev.ccp.seller.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    /** As the application gave it; null for accounts opened before it was kept. */
    public String taxId;
    @Column(name = "iban_last4")
    public String ibanLast4;
    public String documentType;
    public String documentCountry;
    /** The document number's last four characters; the number itself is only kept as a hash. */
    @Column(name = "document_number_last4")
    public String documentNumberLast4;
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

    /**
     * Records the automatic decision on a new application: VERIFIED, PENDING_REVIEW or REJECTED, with its score and
     * reasons. It is taken once, before the account is stored; every later change goes through the methods below.
     */
    public void verify(SellerStatus decided, int score, List<Reason> reasons, String actor, Instant at) {
        if (status != null) {
            throw new IllegalStateException("the application was decided already: " + status);
        }
        if (decided != SellerStatus.VERIFIED && decided != SellerStatus.PENDING_REVIEW
                && decided != SellerStatus.REJECTED) {
            throw new IllegalArgumentException("an application is verified, sent to review or rejected, not "
                    + decided);
        }
        status = decided;
        verificationScore = score;
        verificationReasons = List.copyOf(reasons);
        decidedBy = actor;
        decidedAt = at;
    }

    /**
     * Sends a verified account back to review because of evidence found after its decision (a sign-up burst it
     * turned out to be part of): the reason replaces "no barred links", the score rises to at least
     * {@code minimumScore}. Returns false, changing nothing, when the account is not VERIFIED.
     */
    public boolean returnToReview(Reason reason, int minimumScore, String actor, Instant at) {
        if (status != SellerStatus.VERIFIED) {
            return false;
        }
        List<Reason> reasons = new ArrayList<>(verificationReasons);
        reasons.removeIf(r -> r.code().equals("NO_BARRED_LINKS"));
        reasons.add(reason);
        status = SellerStatus.PENDING_REVIEW;
        verificationScore = Math.max(verificationScore, minimumScore);
        verificationReasons = reasons;
        decidedBy = actor;
        decidedAt = at;
        return true;
    }

    /**
     * A person settles a review: approve verifies, reject refuses with the full score. The verdict joins the
     * reasons. Only an account under review can be settled.
     */
    public void settleReview(boolean approve, String note, String actor, Instant at) {
        if (status != SellerStatus.PENDING_REVIEW) {
            throw new IllegalStateException("only an account in PENDING_REVIEW can be decided; this one is " + status);
        }
        status = approve ? SellerStatus.VERIFIED : SellerStatus.REJECTED;
        List<Reason> reasons = new ArrayList<>(verificationReasons);
        reasons.add(new Reason(approve ? "APPROVED_ON_REVIEW" : "REJECTED_ON_REVIEW", "decided by " + actor));
        verificationReasons = reasons;
        if (!approve) {
            verificationScore = 100;
        }
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

    /**
     * Lets a suspended or closed account sell again (an appeal was granted) and clears its closure; returns false
     * when it is VERIFIED already.
     */
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

    /**
     * Closes the account, from any status; returns false when it was closed already, keeping the first closure's
     * reason. Only {@link #reinstate} opens it again.
     */
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
