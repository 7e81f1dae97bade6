package dev.ccp.takedown.appeals.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.takedown.appeals.application.ReversingGrantedAppeals;
import dev.ccp.takedown.support.Charges;
import dev.ccp.takedown.support.Confirmations;
import dev.ccp.takedown.support.Orders;
import dev.ccp.takedown.support.OutboxEvents;
import dev.ccp.takedown.support.PaymentProvider;
import dev.ccp.takedown.support.PeerServicesStub;
import dev.ccp.takedown.support.Takedowns;
import dev.ccp.takedown.takedowns.application.OpeningTakedown;
import dev.ccp.takedown.takedowns.application.RunningTakedownSteps;
import dev.ccp.takedown.takedowns.domain.ConfirmedCounterfeit;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppealsTest {
    @Inject
    OpeningTakedown opening;
    @Inject
    RunningTakedownSteps running;
    @Inject
    ReversingGrantedAppeals reversing;
    @Inject
    DataSource db;
    private static PaymentSimulatorProcess provider;

    @BeforeAll
    static void wellBehavedProvider() {
        provider = PaymentProvider.restart(UnaryOperator.identity());
    }

    @Test
    void aGrantedAppealBringsListingAccountAndStockBackButRefundsStayPaid() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        Charges.importAndCharge(provider, List.of(Orders.order(Orders.unique("o"), listing, "DELIVERED", "59.00",
                "EUR")));
        String takedown = completed(Takedowns.confirmed(listing, seller, List.of("b-1")));
        Confirmations.takedown(takedown).then().body("accountAction", is("CLOSED"))
                .body("inventory.status", is("HELD")).body("refunds[0].status", is("ISSUED"));

        String appeal = file(takedown, seller).then().statusCode(201).body("status", is("FILED"))
                .body("filedBy", is("test-marketplace")).body("documents[0].reference", is("doc-invoice-1"))
                .extract().path("id");
        file(takedown, seller).then().statusCode(409).contentType("application/problem+json");
        assertThat(OutboxEvents.of(db, takedown, "takedown.appeal-filed")).hasSize(1);

        decide(appeal, "moderator", "GRANTED").then().statusCode(403);
        decide(appeal, "trust-admin", "GRANTED").then().statusCode(200).body("status", is("GRANTED"))
                .body("decidedBy", is("test-trust-admin")).body("reversal.inventory", is("RELEASED"))
                .body("reversal.done", is(false));
        Confirmations.takedown(takedown).then().body("status", is("REVERSED")).body("inventory.status", is("RELEASED"))
                .body("reversal.cause", is("APPEAL_GRANTED")).body("reversal.reference", is(appeal))
                .body("reversal.by", is("test-trust-admin")).body("reversal.progress", nullValue());
        reverseUntilDone(appeal);

        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/listings/" + listing + "/reinstatement")).withHeader("Idempotency-Key",
                equalTo("appeal-" + appeal)).withRequestBody(matchingJsonPath("$.reason", equalTo("APPEAL_GRANTED"))));
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
        appeal(appeal).then().body("reversal.account", is("REINSTATED")).body("reversal.needsAttention", is(false))
                .body("history.action", is(List.of("FILED", "GRANTED", "INVENTORY_RELEASED", "LISTING_REINSTATED",
                        "ACCOUNT_REINSTATED")));
        Confirmations.takedown(takedown).then().body("refunds[0].status", is("ISSUED"))
                .body("refundTotals.issued", is(1));
        assertThat(strikeOverturned(takedown)).isTrue();

        JsonNode granted = OutboxEvents.of(db, takedown, "takedown.appeal-granted").get(0);
        assertThat(granted.get("appealId").asText()).isEqualTo(appeal);
        assertThat(granted.get("brandIds").get(0).asText()).isEqualTo("b-1");
        assertThat(granted.path("overturnedRemovalBy").isMissingNode() || granted.get("overturnedRemovalBy").isNull())
                .as("a moderator's removal does not count against the brand").isTrue();
        assertThat(OutboxEvents.of(db, takedown, "takedown.inventory-settled")).singleElement()
                .satisfies(e -> assertThat(e.get("outcome").asText()).isEqualTo("RELEASED"));
        assertThat(OutboxEvents.of(db, takedown, "takedown.reversed")).singleElement().satisfies(e -> {
            assertThat(e.get("cause").asText()).isEqualTo("APPEAL_GRANTED");
            assertThat(e.get("reference").asText()).isEqualTo(appeal);
            assertThat(e.get("reversedBy").asText()).isEqualTo("test-trust-admin");
        });

        decide(appeal, "trust-admin", "DENIED").then().statusCode(409);
        reversing.runDue();
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(
                "/api/v1/listings/" + listing + "/reinstatement")));
    }

    @Test
    void aDeniedAppealLetsTheTakedownStand() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String takedown = completed(Takedowns.confirmed(listing, seller, List.of("b-1")));
        String appeal = file(takedown, seller).then().statusCode(201).extract().path("id");

        decide(appeal, "trust-admin", "DENIED").then().statusCode(200).body("status", is("DENIED"))
                .body("decisionNote", is("the test purchase was examined")).body("reversal", nullValue());
        reversing.runDue();

        Confirmations.takedown(takedown).then().body("status", is("COMPLETED")).body("inventory.status", is("HELD"));
        PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo(
                "/api/v1/listings/" + listing + "/reinstatement")));
        assertThat(OutboxEvents.of(db, takedown, "takedown.appeal-denied")).hasSize(1);
        assertThat(strikeOverturned(takedown)).isFalse();
        staff("investigator").queryParam("sellerId", seller).get("/api/v1/appeals").then().statusCode(200)
                .body("id", is(List.of(appeal))).body("[0].status", is("DENIED"));
        staff("investigator").queryParam("status", "DENIED").queryParam("takedownId", takedown)
                .queryParam("page", 0).queryParam("size", 10).get("/api/v1/appeals").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is(appeal));
    }

    @Test
    void overturningABrandsOwnRemovalCountsAgainstTheBrandAndAnotherClosureKeepsTheAccountClosed() {
        String seller = Confirmations.unique("s");
        String standing = completed(Takedowns.confirmed(Confirmations.unique("l"), seller, List.of("b-1")));
        String listing = Confirmations.unique("l");
        String byBrand = completed(new ConfirmedCounterfeit(listing, seller, List.of("b-own"), "Acme bag", "Acme", 5,
                "19.90", "EUR", 0, false, "brand:b-own", Instant.now(), "event-" + listing));
        String appeal = file(byBrand, seller).then().statusCode(201).extract().path("id");

        decide(appeal, "trust-admin", "GRANTED").then().statusCode(200);
        reverseUntilDone(appeal);

        appeal(appeal).then().body("reversal.account", is("KEPT_CLOSED"));
        PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo(
                "/api/v1/sellers/" + seller + "/reinstatement")));
        assertThat(OutboxEvents.of(db, byBrand, "takedown.appeal-granted").get(0).get("overturnedRemovalBy")
                .asText()).isEqualTo("b-own");
        Confirmations.takedown(standing).then().body("status", is("COMPLETED"));
    }

    @Test
    void aPeerFailingIsRetriedAndARefusalWaitsForStaff() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String takedown = completed(Takedowns.confirmed(listing, seller, List.of("b-1")));
        String appeal = file(takedown, seller).then().statusCode(201).extract().path("id");
        String path = "/api/v1/listings/" + listing + "/reinstatement";
        PeerServicesStub.admin().register(post(urlPathEqualTo(path)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        decide(appeal, "trust-admin", "GRANTED").then().statusCode(200);
        reversing.runDue();
        appeal(appeal).then().body("reversal.done", is(false)).body("reversal.needsAttention", is(false))
                .body("reversal.attempts", is(1));

        PeerServicesStub.admin().register(post(urlPathEqualTo(path)).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 403, \"title\": \"Forbidden\"}")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            reversing.runDue();
            return appeal(appeal).then().extract().<Boolean>path("reversal.needsAttention");
        });
        staff("trust-admin").post("/api/v1/appeals/" + appeal + "/reversal/retry").then().statusCode(200);
        staff("trust-admin").post("/api/v1/appeals/" + appeal + "/reversal/retry").then().statusCode(409);

        PeerServicesStub.admin().register(post(urlPathEqualTo(path)).atPriority(1)
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 409, \"title\": \"Conflict\", \"detail\": \"not removed\"}")));
        reverseUntilDone(appeal);
        appeal(appeal).then().body("reversal.lastError", nullValue())
                .body("history.action", hasItem("REVERSAL_NEEDS_ATTENTION"))
                .body("history.action", hasItem("REVERSAL_RETRIED"));
    }

    @Test
    void anAppealIsCheckedBeforeAnythingIsStored() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String notRun = Takedowns.open(opening, Takedowns.confirmed(listing, seller, List.of("b-1")));
        file(notRun, seller).then().statusCode(409).contentType("application/problem+json");
        file("no-such-takedown", seller).then().statusCode(404);

        String takedown = completed(Takedowns.confirmed(Confirmations.unique("l"), seller, List.of("b-1")));
        file(takedown, "someone-else").then().statusCode(400).body("errors.field", hasItem("sellerId"));
        marketplace().body(Orders.json(Map.of("takedownId", takedown, "sellerId", seller))).post("/api/v1/appeals")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        List<Map<String, String>> many = new ArrayList<>(Collections.nCopies(21, Map.of("reference", "doc")));
        marketplace().body(Orders.json(Map.of("takedownId", takedown, "sellerId", seller, "reason", "genuine",
                "documents", many))).post("/api/v1/appeals").then().statusCode(400)
                .body("errors.field", hasItem("documents"));
        marketplace().body(Orders.json(Map.of("takedownId", takedown, "sellerId", seller, "reason", "x".repeat(4001))))
                .post("/api/v1/appeals").then().statusCode(400).body("errors.field", hasItem("reason"));
        staff("moderator").contentType("application/json").body(Orders.json(request(takedown, seller)))
                .post("/api/v1/appeals").then().statusCode(403);
        staff("investigator").queryParam("status", "LOST").get("/api/v1/appeals").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        staff("investigator").get("/api/v1/appeals/no-such-appeal").then().statusCode(404);
        staff("investigator").queryParam("takedownId", takedown).get("/api/v1/appeals").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.hasSize(0));

        moveRemoval(takedown, Instant.now().minus(Duration.ofDays(190)));
        file(takedown, seller).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("window"));
        moveRemoval(takedown, Instant.now().minus(Duration.ofDays(150)));
        String appeal = file(takedown, seller).then().statusCode(201).extract().path("id");
        staff("trust-admin").contentType("application/json").body("{\"outcome\": \"MAYBE\", \"note\": \"x\"}")
                .post("/api/v1/appeals/" + appeal + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("outcome"));
        staff("trust-admin").contentType("application/json").body("{\"outcome\": \"GRANTED\"}")
                .post("/api/v1/appeals/" + appeal + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("note"));
        appeal(appeal).then().body("status", is("FILED"));
    }

    private String completed(ConfirmedCounterfeit confirmed) {
        String id = Takedowns.open(opening, confirmed);
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));
        return id;
    }

    private void reverseUntilDone(String appeal) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            reversing.runDue();
            return appeal(appeal).then().extract().<Boolean>path("reversal.done");
        });
    }

    private static Map<String, Object> request(String takedown, String seller) {
        return Map.of("takedownId", takedown, "sellerId", seller, "reason", "The goods are genuine: bought from "
                + "the brand's authorised distributor.", "documents", List.of(Map.of("reference", "doc-invoice-1",
                "description", "the distributor's invoice")));
    }

    private static Response file(String takedown, String seller) {
        return marketplace().body(Orders.json(request(takedown, seller))).post("/api/v1/appeals");
    }

    private static Response decide(String appeal, String role, String outcome) {
        return staff(role).contentType("application/json").body(Orders.json(Map.of("outcome", outcome, "note",
                "the test purchase was examined"))).post("/api/v1/appeals/" + appeal + "/decision");
    }

    private static Response appeal(String id) {
        return staff("trust-admin").get("/api/v1/appeals/" + id);
    }

    private static RequestSpecification marketplace() {
        return staff("marketplace").contentType("application/json");
    }

    private static RequestSpecification staff(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
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

    private void moveRemoval(String takedown, Instant at) {
        try (Connection c = db.getConnection(); PreparedStatement update = c.prepareStatement(
                "update takedown set listing_removed_at = ? where id = ?")) {
            update.setTimestamp(1, java.sql.Timestamp.from(at));
            update.setString(2, takedown);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
