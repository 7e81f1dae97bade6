package dev.ccp.seller.account.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ccp.seller.account.domain.Reason;
import dev.ccp.seller.account.domain.Seller;
import java.time.Instant;
import java.util.List;

/** A seller account as staff and the marketplace see it, never with bank, tax or document numbers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SellerView(String id, String status, Verification verification, String displayName,
        String legalName, String country, Instant submittedAt, Closure closure) {

    public record Verification(int score, List<Reason> reasons, Instant decidedAt) {
    }

    public record Closure(String reason, String reference, Instant closedAt) {
    }

    public static SellerView of(Seller seller) {
        return new SellerView(seller.id, seller.status.name(),
                new Verification(seller.verificationScore, seller.verificationReasons, seller.decidedAt),
                seller.displayName, seller.legalName, seller.country, seller.submittedAt,
                seller.closedAt == null ? null
                        : new Closure(seller.closureReason, seller.closureReference, seller.closedAt));
    }
}
