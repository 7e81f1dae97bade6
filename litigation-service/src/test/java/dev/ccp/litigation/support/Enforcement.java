package dev.ccp.litigation.support;

import static io.restassured.RestAssured.given;

import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Money;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingSnapshot;
import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.takedown.TakedownCompleted;
import dev.ccp.contracts.takedown.TakedownReversed;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The other services' enforcement events as their outboxes publish them, sent to the real broker. */
public final class Enforcement {
    private static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

    private Enforcement() {
    }

    /** listing-service's confirmation: 40 units at 19.90 EUR, screened 80 with one signal. */
    public static EventEnvelope confirmation(String listingId, String sellerId, String... brandIds) {
        return envelope("/listing-service", new ListingCounterfeitConfirmed(listingId, sellerId, List.of(brandIds),
                new ListingSnapshot("Valve caps M logo " + listingId, "chrome", "BMW", "car-parts",
                        new Money(new BigDecimal("19.90"), "EUR"), 40, List.of("00ff00ff00ff00ff")), 80,
                List.of(new ScreeningSignal("BRAND_TERM_DISGUISED", 60, "writes the brand in disguise")),
                "same as seized stock", "mod-ana", AT));
    }

    public static EventEnvelope closure(String sellerId) {
        return envelope("/seller-service", new SellerClosed(sellerId, "COUNTERFEIT", "takedown of " + sellerId, AT));
    }

    /** takedown-service's summary: units held, refunds per currency (amount, count) and the account action. */
    public static EventEnvelope takedown(String listingId, String sellerId, String brandId, int units,
            List<TakedownCompleted.RefundedAmount> refunds) {
        int issued = refunds.stream().mapToInt(TakedownCompleted.RefundedAmount::count).sum();
        return envelope("/takedown-service", new TakedownCompleted(Cases.unique("t"), listingId, sellerId,
                List.of(brandId), units, issued, refunds, 0, "CLOSED", AT));
    }

    /** takedown-service's summary of takedown {@code takedownId}, for every brand it names. */
    public static EventEnvelope takedown(String takedownId, String listingId, String sellerId, List<String> brandIds,
            int units, List<TakedownCompleted.RefundedAmount> refunds) {
        int issued = refunds.stream().mapToInt(TakedownCompleted.RefundedAmount::count).sum();
        return envelope("/takedown-service", new TakedownCompleted(takedownId, listingId, sellerId, brandIds, units,
                issued, refunds, 0, "CLOSED", AT));
    }

    /** takedown-service's reversal of the takedown {@code completed} announced (an upheld counter-notice). */
    public static EventEnvelope reversal(EventEnvelope completed, String counterNoticeId) {
        TakedownCompleted t = (TakedownCompleted) completed.payload();
        return envelope("/takedown-service", new TakedownReversed(t.takedownId(), t.listingId(), t.sellerId(),
                t.brandIds(), "COUNTER_NOTICE_UPHELD", counterNoticeId, "mod-rui", AT.plusSeconds(86_400)));
    }

    /** The same fact published again under a new event id, as a replay of its owner's outbox would. */
    public static EventEnvelope again(EventEnvelope event) {
        return envelope(event.source(), event.payload());
    }

    public static TakedownCompleted.RefundedAmount refunded(String amount, String currency, int count) {
        return new TakedownCompleted.RefundedAmount(new Money(new BigDecimal(amount), currency), count);
    }

    public static EventEnvelope promotion(String handle, String claimedBrandId, String... listingIds) {
        return envelope("/listing-service", new PromotionReported(Cases.unique("p"), "INSTAGRAM",
                "https://instagram.example/p/" + handle, handle, claimedBrandId, "genuine for less",
                List.of(listingIds), AT, "investigator-ivan", AT));
    }

    /** Sends the events, in order, to their owners' topics (each as the same record, however often it is sent). */
    public static void publish(EventEnvelope... events) {
        for (EventEnvelope event : events) {
            TestKafka.sendCloudEvents(topicOf(event), Map.of(event.subject(), EventJson.write(event)));
        }
    }

    /** Sends each event and waits until the intake applied it before sending the next: an order across topics. */
    public static void publishInTurn(DataSource db, EventEnvelope... events) {
        for (EventEnvelope event : events) {
            publish(event);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> applied(db, event));
        }
    }

    public static String topicOf(EventEnvelope event) {
        if (event.type().startsWith("seller.")) {
            return Topics.SELLERS;
        }
        return event.type().startsWith("takedown.") ? Topics.TAKEDOWNS : Topics.LISTINGS;
    }

    /**
     * Whether the case intake applied the event (its inbox row committed with the effect). Only the intake's own
     * consumers count: the yearly report consumes the same topics and may be ahead of it.
     */
    public static boolean applied(DataSource db, EventEnvelope event) {
        return !rows(db, "select 1 from inbox_event where event_id = ? and consumer like 'litigation-cases-%'",
                event.id()).isEmpty();
    }

    /** The cases naming the seller as a defendant, as staff read them. */
    public static JsonPath casesOf(String sellerId) {
        return given().header("Authorization", TestTokens.bearer("investigator")).queryParam("sellerId", sellerId)
                .get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
    }

    /** The types of the case's ledger entries, in order. */
    public static List<String> entryTypes(String caseId) {
        return Cases.reading("/api/v1/cases/{id}/evidence", caseId).then().statusCode(200).extract().path("type");
    }

    /** The CloudEvents this service wrote to its outbox for the case, as their types. */
    public static List<String> publishedTypes(DataSource db, String caseId) {
        return rows(db, "select event_type from outbox_event where event_key = ? order by seq", caseId);
    }

    private static List<String> rows(DataSource db, String sql, String parameter) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventEnvelope envelope(String source, DomainEvent event) {
        return EventEnvelope.wrap(source, event, Instant.now());
    }
}
