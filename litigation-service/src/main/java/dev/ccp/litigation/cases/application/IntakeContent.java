package dev.ccp.litigation.cases.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.contracts.takedown.TakedownCompleted;
import dev.ccp.contracts.takedown.TakedownReversed;

/**
 * The content of each ledger entry the intake records, from the event it comes from: what a court reads, so every
 * amount is a decimal string with its currency and every time an ISO 8601 instant.
 */
final class IntakeContent {
    private static final ObjectMapper JSON = EventJson.mapper();

    private IntakeContent() {
    }

    /** The listing as it read when the moderator judged it. */
    static ObjectNode snapshot(ListingCounterfeitConfirmed c) {
        ObjectNode content = JSON.createObjectNode();
        content.put("listingId", c.listingId()).put("sellerId", c.sellerId());
        c.brandIds().forEach(content.putArray("brandIds")::add);
        content.set("snapshot", JSON.valueToTree(c.snapshot()));
        content.put("note", c.note()).put("decidedBy", c.decidedBy()).put("decidedAt", c.decidedAt().toString());
        return content;
    }

    /** Why screening flagged the listing: its score and each signal with its weight and reason. */
    static ObjectNode screening(ListingCounterfeitConfirmed c) {
        ObjectNode content = JSON.createObjectNode();
        content.put("listingId", c.listingId()).put("score", c.score());
        content.set("signals", JSON.valueToTree(c.signals()));
        return content;
    }

    static ObjectNode takedown(TakedownCompleted t) {
        ObjectNode content = JSON.createObjectNode();
        content.put("takedownId", t.takedownId()).put("listingId", t.listingId()).put("sellerId", t.sellerId());
        t.brandIds().forEach(content.putArray("brandIds")::add);
        content.put("unitsHeld", t.unitsHeld()).put("accountAction", t.accountAction())
                .put("completedAt", t.completedAt().toString());
        return content;
    }

    /** A takedown of the case overturned (a granted appeal, an upheld counter-notice): a NOTE, since it is a fact. */
    static ObjectNode reversal(TakedownReversed r) {
        ObjectNode content = JSON.createObjectNode();
        content.put("action", "TAKEDOWN_REVERSED").put("takedownId", r.takedownId()).put("listingId", r.listingId())
                .put("sellerId", r.sellerId()).put("cause", r.cause()).put("reference", r.reference())
                .put("reversedBy", r.reversedBy()).put("reversedAt", r.reversedAt().toString())
                .put("source", "takedown-service");
        return content;
    }

    static ObjectNode refunds(TakedownCompleted t) {
        ObjectNode content = JSON.createObjectNode();
        content.put("takedownId", t.takedownId()).put("listingId", t.listingId())
                .put("refundsIssued", t.refundsIssued()).put("refundsFailed", t.refundsFailed());
        var refunds = content.putArray("refunds");
        t.refunds().forEach(r -> refunds.addObject().put("amount", r.amount().amount().toPlainString())
                .put("currency", r.amount().currency()).put("count", r.count()));
        return content;
    }

    static ObjectNode post(PromotionReported p) {
        ObjectNode content = JSON.createObjectNode();
        content.put("promotionId", p.promotionId()).put("platform", p.platform()).put("postUrl", p.postUrl())
                .put("accountHandle", p.accountHandle()).put("claimedBrandId", p.claimedBrandId())
                .put("caption", p.caption());
        p.listingIds().forEach(content.putArray("listingIds")::add);
        content.put("postedAt", p.postedAt() == null ? null : p.postedAt().toString())
                .put("reportedBy", p.reportedBy()).put("reportedAt", p.reportedAt().toString());
        return content;
    }

    /** The influencer behind a promotion, named a defendant (a NOTE, as investigators' non-seller defendants are). */
    static ObjectNode influencer(PromotionReported p) {
        ObjectNode content = JSON.createObjectNode();
        content.put("action", "DEFENDANT_ADDED").put("sellerId", p.accountHandle()).put("role", "INFLUENCER")
                .put("platform", p.platform()).put("promotionId", p.promotionId()).put("postUrl", p.postUrl());
        return content;
    }

    /** Who a seller defendant is, as seller-service knows it; what it does not give is null. */
    static ObjectNode identity(SellerDirectory.SellerIdentity id) {
        ObjectNode content = JSON.createObjectNode();
        content.put("sellerId", id.sellerId()).put("legalName", id.legalName()).put("displayName", id.displayName())
                .put("country", id.country()).put("status", id.status()).put("email", id.email())
                .put("phone", id.phone());
        SellerDirectory.Address address = id.address();
        content.putObject("address").put("line1", address.line1()).put("city", address.city())
                .put("postalCode", address.postalCode()).put("country", address.country());
        content.put("taxId", id.taxId());
        var linked = content.putArray("linkedAccounts");
        id.linkedAccounts().forEach(l -> {
            ObjectNode account = linked.addObject().put("sellerId", l.sellerId()).put("status", l.status());
            l.sharedAttributes().forEach(account.putArray("sharedAttributes")::add);
        });
        content.put("source", "seller-service");
        return content;
    }
}
