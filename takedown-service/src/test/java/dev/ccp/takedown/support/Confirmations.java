package dev.ccp.takedown.support;

import static io.restassured.RestAssured.given;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Money;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingSnapshot;
import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.devstack.test.TestTokens;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** listing-service's confirmations as it publishes them, and the takedown API as staff call it. */
public final class Confirmations {
    public static final String TOPIC = "listings.v1";

    private Confirmations() {
    }

    /** A confirmed counterfeit of 40 units at 19.90 EUR, with one screening signal. */
    public static ListingCounterfeitConfirmed of(String listingId, String sellerId, List<String> brandIds) {
        return new ListingCounterfeitConfirmed(listingId, sellerId, brandIds, new ListingSnapshot("Acme bag " + listingId,
                "leather", "Acme", "handbags", new Money(new BigDecimal("19.90"), "EUR"), 40, List.of()), 80,
                List.of(new ScreeningSignal("BRAND_TERM_DISGUISED", 60, "writes Acme in disguise")), "same stitching",
                "mod-ana", Instant.parse("2026-04-01T10:00:00Z"));
    }

    /** The CloudEvent exactly as the outbox writes it. */
    public static String cloudEvent(ListingCounterfeitConfirmed confirmed) {
        return EventJson.write(EventEnvelope.wrap("/listing-service", confirmed, Instant.now()));
    }

    public static Response takedownsOf(String listingId) {
        return given().header("Authorization", TestTokens.bearer("investigator")).queryParam("listingId", listingId)
                .get("/api/v1/takedowns");
    }

    public static Response takedown(String id) {
        return given().header("Authorization", TestTokens.bearer("trust-admin")).get("/api/v1/takedowns/" + id);
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }
}
