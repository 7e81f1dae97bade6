package dev.ccp.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.contracts.listing.BrandRemovalPrivilegeSuspended;
import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingHeld;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.listing.ListingReinstated;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.contracts.listing.ListingReviewed;
import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.contracts.litigation.CaseOpened;
import dev.ccp.contracts.litigation.CaseStatusChanged;
import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.contracts.seller.SellerRejected;
import dev.ccp.contracts.seller.SellerReinstated;
import dev.ccp.contracts.seller.SellerReviewRequired;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.contracts.takedown.StatementIssued;
import dev.ccp.contracts.takedown.TakedownAccountClosed;
import dev.ccp.contracts.takedown.TakedownCompleted;
import dev.ccp.contracts.takedown.TakedownAppealDenied;
import dev.ccp.contracts.takedown.TakedownAppealFiled;
import dev.ccp.contracts.takedown.TakedownAppealGranted;
import dev.ccp.contracts.takedown.TakedownInventoryHeld;
import dev.ccp.contracts.takedown.TakedownInventorySettled;
import dev.ccp.contracts.takedown.TakedownListingRemoved;
import dev.ccp.contracts.takedown.TakedownOpened;
import dev.ccp.contracts.takedown.TakedownReversed;
import dev.ccp.contracts.takedown.TakedownStepFailed;
import dev.ccp.contracts.takedown.CustomerNotified;
import dev.ccp.contracts.takedown.RefundFailed;
import dev.ccp.contracts.takedown.RefundIssued;
import java.util.Map;
import java.util.Set;

/** Registry of every event type: its payload record and its JSON Schema. */
public final class EventTypes {
    private static final Map<String, Class<? extends DomainEvent>> PAYLOADS = Map.ofEntries(
            Map.entry(SellerRegistered.TYPE, SellerRegistered.class),
            Map.entry(SellerVerified.TYPE, SellerVerified.class),
            Map.entry(SellerReviewRequired.TYPE, SellerReviewRequired.class),
            Map.entry(SellerRejected.TYPE, SellerRejected.class),
            Map.entry(SellerSuspended.TYPE, SellerSuspended.class),
            Map.entry(SellerReinstated.TYPE, SellerReinstated.class),
            Map.entry(SellerClosed.TYPE, SellerClosed.class),
            Map.entry(ListingPublished.TYPE, ListingPublished.class),
            Map.entry(ListingHeld.TYPE, ListingHeld.class),
            Map.entry(ListingBlocked.TYPE, ListingBlocked.class),
            Map.entry(ListingCounterfeitConfirmed.TYPE, ListingCounterfeitConfirmed.class),
            Map.entry(ListingRemoved.TYPE, ListingRemoved.class),
            Map.entry(ListingReviewed.TYPE, ListingReviewed.class),
            Map.entry(ListingReinstated.TYPE, ListingReinstated.class),
            Map.entry(PromotionReported.TYPE, PromotionReported.class),
            Map.entry(ViolationReportReceived.TYPE, ViolationReportReceived.class),
            Map.entry(BrandRemovalPrivilegeSuspended.TYPE, BrandRemovalPrivilegeSuspended.class),
            Map.entry(StatementIssued.TYPE, StatementIssued.class),
            Map.entry(TakedownOpened.TYPE, TakedownOpened.class),
            Map.entry(TakedownListingRemoved.TYPE, TakedownListingRemoved.class),
            Map.entry(TakedownInventoryHeld.TYPE, TakedownInventoryHeld.class),
            Map.entry(TakedownStepFailed.TYPE, TakedownStepFailed.class),
            Map.entry(TakedownAccountClosed.TYPE, TakedownAccountClosed.class),
            Map.entry(TakedownCompleted.TYPE, TakedownCompleted.class),
            Map.entry(TakedownInventorySettled.TYPE, TakedownInventorySettled.class),
            Map.entry(TakedownAppealFiled.TYPE, TakedownAppealFiled.class),
            Map.entry(TakedownAppealGranted.TYPE, TakedownAppealGranted.class),
            Map.entry(TakedownAppealDenied.TYPE, TakedownAppealDenied.class),
            Map.entry(TakedownReversed.TYPE, TakedownReversed.class),
            Map.entry(RefundIssued.TYPE, RefundIssued.class),
            Map.entry(RefundFailed.TYPE, RefundFailed.class),
            Map.entry(CustomerNotified.TYPE, CustomerNotified.class),
            Map.entry(CaseOpened.TYPE, CaseOpened.class),
            Map.entry(CaseStatusChanged.TYPE, CaseStatusChanged.class),
            Map.entry(JudgmentEntered.TYPE, JudgmentEntered.class));

    private EventTypes() {
    }

    public static Set<String> all() {
        return PAYLOADS.keySet();
    }

    public static Class<? extends DomainEvent> payloadClass(String type) {
        Class<? extends DomainEvent> payload = PAYLOADS.get(type);
        if (payload == null) {
            throw new MalformedEventException("unknown event type " + type);
        }
        return payload;
    }

    /** The classpath resource of a type's schema, e.g. {@code schemas/seller.verified.v1.json}. */
    public static String schemaResource(String type, int version) {
        return "schemas/" + type + ".v" + version + ".json";
    }

    public static String schemaUri(String type, int version) {
        return "urn:ccp:schema:" + type + ":v" + version;
    }

    static DomainEvent decode(String type, JsonNode data) {
        if (data == null || data.isNull()) {
            throw new MalformedEventException(type + " has no data");
        }
        try {
            return EventJson.mapper().treeToValue(data, payloadClass(type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(type + " payload does not match its schema: " + e.getMessage());
        }
    }
}
