package dev.ccp.takedown.takedowns.infrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.listing.ListingReinstated;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.takedown.support.Charges;
import dev.ccp.takedown.support.Confirmations;
import dev.ccp.takedown.support.Orders;
import dev.ccp.takedown.support.OutboxEvents;
import dev.ccp.takedown.support.PaymentProvider;
import dev.ccp.takedown.support.PeerServicesStub;
import dev.ccp.takedown.support.Takedowns;
import dev.ccp.takedown.takedowns.application.OpeningTakedown;
import dev.ccp.takedown.takedowns.application.ReversingUpheldCounterNotices;
import dev.ccp.takedown.takedowns.application.RunningTakedownSteps;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** listing-service's upheld counter-notices, as it publishes them on listings.v1, reversing takedowns here. */
@QuarkusTest
class ListingReinstatementsConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONSUMER = "takedown-overturns";

    @Inject
    OpeningTakedown opening;
    @Inject
    RunningTakedownSteps running;
    @Inject
    ReversingUpheldCounterNotices reversing;
    @Inject
    DataSource db;
    private static PaymentSimulatorProcess provider;

    @BeforeAll
    static void wellBehavedProvider() {
        provider = PaymentProvider.restart(UnaryOperator.identity());
    }

    @Test
    void anUpheldCounterNoticeReversesTheTakedownAndReinstatesTheAccountOnceButNeverTheListing() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        Charges.importAndCharge(provider, List.of(Orders.order(Orders.unique("o"), listing, "DELIVERED", "59.00",
                "EUR")));
        String takedown = completed(listing, seller);
        Confirmations.takedown(takedown).then().body("accountAction", is("CLOSED"))
                .body("inventory.status", is("HELD")).body("refunds[0].status", is("ISSUED"))
                .body("reversal", nullValue());

        String notice = Confirmations.unique("cn");
        String upheld = reinstated(listing, seller, "COUNTER_NOTICE_UPHELD", notice);
        send(listing, upheld);
        awaitApplied(upheld);
        Confirmations.takedown(takedown).then().body("status", is("REVERSED"))
                .body("reversal.cause", is("COUNTER_NOTICE_UPHELD")).body("reversal.reference", is(notice))
                .body("reversal.by", is("mod-rita")).body("reversal.at", notNullValue())
                .body("reversal.progress.done", is(false)).body("inventory.status", is("RELEASED"));
        assertThat(strikeOverturned(takedown)).isTrue();
        reverseUntilDone(takedown);

        Confirmations.takedown(takedown).then().body("reversal.progress.account", is("REINSTATED"))
                .body("reversal.progress.needsAttention", is(false))
                .body("reversal.progress.listingReinstatedAt", nullValue())
                .body("refunds[0].status", is("ISSUED")).body("refundTotals.issued", is(1));
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement"))
                .withRequestBody(matchingJsonPath("$.reason", containing(notice))));
        PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo(
                "/api/v1/listings/" + listing + "/reinstatement")));
        JsonNode reversed = OutboxEvents.of(db, takedown, "takedown.reversed").get(0);
        assertThat(reversed.get("cause").asText()).isEqualTo("COUNTER_NOTICE_UPHELD");
        assertThat(reversed.get("reference").asText()).isEqualTo(notice);
        assertThat(reversed.get("reversedBy").asText()).isEqualTo("mod-rita");
        assertThat(reversed.get("listingId").asText()).isEqualTo(listing);
        assertThat(reversed.get("sellerId").asText()).isEqualTo(seller);
        assertThat(reversed.get("brandIds").get(0).asText()).isEqualTo("b-1");
        assertThat(OutboxEvents.of(db, takedown, "takedown.inventory-settled")).singleElement()
                .satisfies(e -> assertThat(e.get("outcome").asText()).isEqualTo("RELEASED"));
        assertThat(OutboxEvents.of(db, takedown, "takedown.appeal-granted")).isEmpty();

        // the same event again, and the counter-notice announced a second time under a new event id
        send(listing, upheld);
        String again = reinstated(listing, seller, "COUNTER_NOTICE_UPHELD", notice);
        send(listing, again);
        awaitApplied(again);
        reversing.runDue();
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
        assertThat(OutboxEvents.of(db, takedown, "takedown.reversed")).hasSize(1);
        assertThat(OutboxEvents.of(db, takedown, "takedown.inventory-settled")).hasSize(1);

        given().header("Authorization", TestTokens.bearer("marketplace")).contentType("application/json")
                .body(Orders.json(Map.of("takedownId", takedown, "sellerId", seller, "reason", "genuine goods")))
                .post("/api/v1/appeals").then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("reversed already"));
    }

    @Test
    void anAppealPendingWhenACounterNoticeIsUpheldHasNothingLeftToDecide() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String takedown = completed(listing, seller);
        String appeal = given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType("application/json").body(Orders.json(Map.of("takedownId", takedown, "sellerId", seller,
                        "reason", "genuine goods"))).post("/api/v1/appeals").then().statusCode(201)
                .extract().path("id");

        String upheld = reinstated(listing, seller, "COUNTER_NOTICE_UPHELD", Confirmations.unique("cn"));
        send(listing, upheld);
        awaitApplied(upheld);
        reverseUntilDone(takedown);

        for (String outcome : List.of("GRANTED", "DENIED")) {
            given().header("Authorization", TestTokens.bearer("trust-admin")).contentType("application/json")
                    .body(Orders.json(Map.of("outcome", outcome, "note", "checked")))
                    .post("/api/v1/appeals/" + appeal + "/decision").then().statusCode(409)
                    .body("detail", org.hamcrest.Matchers.containsString("COUNTER_NOTICE_UPHELD"));
        }
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
        assertThat(OutboxEvents.of(db, takedown, "takedown.reversed")).hasSize(1);
    }

    @Test
    void aReinstatementOnAGrantedAppealOrForAnotherReasonIsNotACounterNotice() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String takedown = completed(listing, seller);

        String appeal = reinstated(listing, seller, "APPEAL_GRANTED", "appeal-" + takedown);
        String other = reinstated(listing, seller, "STAFF_CORRECTION", "ticket-7");
        send(listing, appeal);
        send(listing, other);
        awaitApplied(appeal);
        awaitApplied(other);
        reversing.runDue();

        Confirmations.takedown(takedown).then().body("status", is("COMPLETED")).body("inventory.status", is("HELD"))
                .body("reversal", nullValue());
        assertThat(strikeOverturned(takedown)).isFalse();
        assertThat(OutboxEvents.of(db, takedown, "takedown.reversed")).isEmpty();
        PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
    }

    @Test
    void anotherStandingClosureKeepsTheAccountClosed() {
        String seller = Confirmations.unique("s");
        String standing = completed(Confirmations.unique("l"), seller);
        String listing = Confirmations.unique("l");
        String overturned = completed(listing, seller);

        String upheld = reinstated(listing, seller, "COUNTER_NOTICE_UPHELD", Confirmations.unique("cn"));
        send(listing, upheld);
        awaitApplied(upheld);
        reverseUntilDone(overturned);

        Confirmations.takedown(overturned).then().body("status", is("REVERSED"))
                .body("reversal.progress.account", is("KEPT_CLOSED"));
        Confirmations.takedown(standing).then().body("status", is("COMPLETED")).body("reversal", nullValue());
        assertThat(strikeOverturned(standing)).isFalse();
        PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
    }

    @Test
    void aListingThatWasNeverTakenDownIsLeftAlone() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String upheld = reinstated(listing, seller, "COUNTER_NOTICE_UPHELD", Confirmations.unique("cn"));
        send(listing, upheld);
        awaitApplied(upheld);
        reversing.runDue();

        Confirmations.takedownsOf(listing).then().statusCode(200).body("$", hasSize(0));
        PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
    }

    @Test
    void aTakedownStillRunningIsReversedOnceItsRunnerIsDoneAndAListingItRemovedAgainComesBack() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String takedown = Takedowns.open(opening, Takedowns.confirmed(listing, seller, List.of("b-1")));

        String notice = Confirmations.unique("cn");
        String upheld = reinstated(listing, seller, "COUNTER_NOTICE_UPHELD", notice);
        send(listing, upheld);
        awaitApplied(upheld);
        reversing.runDue();
        Confirmations.takedown(takedown).then().body("status", is("IN_PROGRESS"))
                .body("reversal.cause", is("COUNTER_NOTICE_UPHELD")).body("reversal.reference", is(notice))
                .body("reversal.at", nullValue()).body("reversal.progress.done", is(false));

        // the runner was already under way: it removes the listing listing-service had just put back
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(takedown)));
        reverseUntilDone(takedown);

        Confirmations.takedown(takedown).then().body("status", is("REVERSED"))
                .body("reversal.at", notNullValue()).body("reversal.progress.account", is("REINSTATED"))
                .body("reversal.progress.listingReinstatedAt", notNullValue()).body("inventory.status", is("RELEASED"));
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/listings/" + listing + "/reinstatement"))
                .withHeader("Idempotency-Key", equalTo("takedown-" + takedown + "-counter-notice"))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("COUNTER_NOTICE_UPHELD"))));
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
        assertThat(strikeOverturned(takedown)).isTrue();
    }

    private String completed(String listing, String seller) {
        String id = Takedowns.open(opening, Takedowns.confirmed(listing, seller, List.of("b-1")));
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));
        return id;
    }

    private void reverseUntilDone(String takedown) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            reversing.runDue();
            return Boolean.TRUE.equals(Confirmations.takedown(takedown).then().extract()
                    .<Boolean>path("reversal.progress.done"));
        });
    }

    /** listing-service's {@code listing.reinstated}, as its outbox writes it, by reviewer mod-rita. */
    private static String reinstated(String listing, String seller, String reason, String reference) {
        return EventJson.write(EventEnvelope.wrap("/listing-service", new ListingReinstated(listing, seller,
                List.of("b-1"), "PUBLISHED", reason, reference, "mod-rita", Instant.now()), Instant.now()));
    }

    private static void send(String listing, String cloudEvent) {
        TestKafka.sendCloudEvents(Confirmations.TOPIC, Map.of(listing, cloudEvent));
    }

    /** Until the overturns consumer has committed the event (its inbox row), whatever it did with it. */
    private void awaitApplied(String cloudEvent) {
        String id = EventJson.read(cloudEvent).id();
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> inboxHas(id));
    }

    private boolean inboxHas(String eventId) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(
                "select 1 from inbox_event where consumer = ? and event_id = ?")) {
            select.setString(1, CONSUMER);
            select.setString(2, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean strikeOverturned(String takedown) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(
                "select overturned_at is not null from seller_strike where takedown_id = ?")) {
            select.setString(1, takedown);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
