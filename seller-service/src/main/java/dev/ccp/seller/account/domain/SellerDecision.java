package dev.ccp.seller.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One decision on an account, automatic ({@code actor = system}) or by a person, kept for audit. */
@Entity
@Table(name = "seller_decision")
public class SellerDecision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String sellerId;
    @Enumerated(EnumType.STRING)
    public SellerStatus status;
    public int score;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Reason> reasons;
    public String actor;
    public String note;
    public Instant decidedAt;

    public static SellerDecision of(Seller seller, String actor, String note) {
        SellerDecision decision = new SellerDecision();
        decision.sellerId = seller.id;
        decision.status = seller.status;
        decision.score = seller.verificationScore;
        decision.reasons = seller.verificationReasons;
        decision.actor = actor;
        decision.note = note;
        decision.decidedAt = seller.decidedAt;
        return decision;
    }
}
