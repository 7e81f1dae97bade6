package dev.ccp.takedown.statements.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.core.inbox.Failures;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.takedown.statements.application.ListingServiceUnavailableException;
import dev.ccp.takedown.support.ListingServiceStub;
import dev.ccp.takedown.support.TransparencyDatabaseRules;
import dev.ccp.takedown.takedowns.application.SellerAction;
import dev.ccp.takedown.takedowns.application.StatementFacts;
import dev.ccp.takedown.takedowns.application.StatementsOfReasons;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementsOfReasonsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/v1/statements-of-reasons";

    @Inject
    StatementsOfReasons statements;
    @Inject
    DataSource dataSource;

    private static StatementFacts facts(String takedownId, SellerAction action, String sellerId, List<String> brands) {
        Instant decided = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return new StatementFacts(takedownId, "listing-" + takedownId, sellerId, action, brands,
                "Genuine M Sport rims - call Maria on +49 170 1234567", "BMW", true, false, "mod-jane-doe", decided,
                decided.plusSeconds(60));
    }

    private static RequestSpecification asStaff(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).when();
    }

    @Test
    void issuingTwiceStoresOneStatementAndSendsOneEvent() throws Exception {
        String takedown = UUID.randomUUID().toString();
        StatementFacts facts = facts(takedown, SellerAction.LISTING_REMOVED, "seller-" + takedown, List.of("b-bmw"));

        statements.issue(facts);
        statements.issue(facts);

        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("takedownId", takedown)
                .get(PATH).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].puid", equalTo(takedown)).body("[0].brandNames", equalTo(List.of("Brand b-bmw")))
                .body("[0].contentDate", equalTo("2026-01-15"))
                .body("[0].redress.appealDeadline", equalTo(facts.actionTakenAt().atOffset(java.time.ZoneOffset.UTC)
                        .plusMonths(6).toInstant().toString()));
        List<String> events = issuedEvents(takedown);
        assertThat(events).hasSize(1);
        JsonNode data = JSON.readTree(events.get(0)).get("data");
        assertThat(data.get("sellerId").asText()).as("the seller is the statement's addressee").isEqualTo(facts.sellerId());
        assertThat(data.get("action").asText()).isEqualTo("LISTING_REMOVED");
        assertThat(data.get("explanation").asText()).contains("Brand b-bmw (" + ListingServiceStub.registrationOf("b-bmw") + ")");
        assertThat(data.get("facts").asText()).contains("Genuine M Sport rims");
        assertThat(data.get("redress").get("internalComplaint").asText()).contains(takedown);
        assertThat(data.get("redress").get("outOfCourt").asText()).contains("Article 21");
    }

    @Test
    void issuingAtOnceFromSeveralThreadsStillStoresOneStatementAndOneEvent() throws Exception {
        String takedown = UUID.randomUUID().toString();
        StatementFacts facts = facts(takedown, SellerAction.ACCOUNT_CLOSED, "seller-" + takedown, List.of("b-bmw"));
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> issued = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                issued.add(replicas.submit(() -> {
                    start.await();
                    statements.issue(facts);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : issued) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }

        asStaff("trust-admin").queryParam("takedownId", takedown).get(PATH).then().statusCode(200)
                .body("size()", equalTo(1));
        assertThat(issuedEvents(takedown)).hasSize(1);
    }

    @Test
    void bothActionsExportWithTheTakedownAsPuidAndNoPersonalData() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        String takedown = UUID.randomUUID().toString();
        String seller = "seller-" + UUID.randomUUID();
        statements.issue(facts(takedown, SellerAction.LISTING_REMOVED, seller, List.of("b-acme", "gone-b7")));
        statements.issue(facts(takedown, SellerAction.ACCOUNT_CLOSED, seller, List.of("b-acme", "gone-b7")));

        String body = asStaff("legal").queryParam("from", from.toString())
                .queryParam("to", Instant.now().plusSeconds(1).toString()).get(PATH)
                .then().statusCode(200).extract().asString();

        List<JsonNode> ours = new ArrayList<>();
        JSON.readTree(body).get("statements").forEach(entry -> {
            if (entry.get("puid").asText().startsWith(takedown)) {
                ours.add(entry);
            }
        });
        assertThat(ours).extracting(e -> e.get("puid").asText())
                .containsExactlyInAnyOrder(takedown, takedown + "-account-closed");
        for (JsonNode entry : ours) {
            assertThat(TransparencyDatabaseRules.violations(entry)).as(entry.toString()).isEmpty();
            assertThat(entry.get("illegal_content_explanation").asText())
                    .contains("Brand b-acme", "the registered brand gone-b7");
        }
        assertThat(body).doesNotContain(seller, "listing-" + takedown, "mod-jane-doe", "Maria", "1234567");
    }

    @Test
    void theExportComesInBatchesOfAtMostOneHundred() {
        Instant from = Instant.now().minusMillis(1);
        for (int i = 0; i < 101; i++) {
            statements.issue(facts(UUID.randomUUID().toString(), SellerAction.LISTING_REMOVED, "s", List.of()));
        }
        String to = Instant.now().plusSeconds(1).toString();

        asStaff("trust-admin").queryParam("from", from.toString()).queryParam("to", to).get(PATH).then()
                .statusCode(200).body("statements.size()", equalTo(100)).body("page", equalTo(0))
                .body("size", equalTo(100)).body("total", equalTo(101));
        asStaff("marketplace").queryParam("from", from.toString()).queryParam("to", to).queryParam("page", 1)
                .get(PATH).then().statusCode(200).body("statements.size()", equalTo(1)).body("total", equalTo(101));
        asStaff("trust-admin").queryParam("from", from.toString()).queryParam("to", to).queryParam("size", 101)
                .get(PATH).then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void theExportWindowIsRequiredValidAndBounded() {
        asStaff("legal").queryParam("to", "2026-04-02").get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("from")));
        asStaff("legal").queryParam("from", "yesterday").queryParam("to", "2026-04-02").get(PATH).then()
                .statusCode(400).body("errors.field", equalTo(List.of("from")));
        asStaff("legal").queryParam("from", "2026-04-02").queryParam("to", "2026-04-01T00:00:00Z").get(PATH).then()
                .statusCode(400).body("errors.field", equalTo(List.of("to")));
        asStaff("legal").queryParam("from", "2026-01-01").queryParam("to", "2026-03-01").get(PATH).then()
                .statusCode(400).body("errors.field", equalTo(List.of("to")));
        asStaff("legal").queryParam("from", "2026-01-01").queryParam("to", "2026-01-02").queryParam("page", -1)
                .get(PATH).then().statusCode(400).body("errors.field", equalTo(List.of("page")));
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-01-02").get(PATH).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("service")).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-01-02").get(PATH).then().statusCode(403);
    }

    @Test
    void whileListingServiceCannotNameABrandNothingIsIssuedAndTheFailureIsTransient() throws Exception {
        String takedown = UUID.randomUUID().toString();
        StatementFacts facts = facts(takedown, SellerAction.LISTING_REMOVED, "s-1", List.of("b-ok", "down-b2"));

        assertThatThrownBy(() -> statements.issue(facts)).isInstanceOf(ListingServiceUnavailableException.class)
                .satisfies(e -> assertThat(Failures.classify(e)).isEqualTo(Failures.Kind.TRANSIENT));

        asStaff("investigator").queryParam("takedownId", takedown).get(PATH).then().statusCode(200)
                .body("size()", equalTo(0));
        assertThat(issuedEvents(takedown)).isEmpty();
    }

    @Test
    void oneStatementIsReadByIdAndAnUnknownIdIsNotFound() {
        String takedown = UUID.randomUUID().toString();
        statements.issue(facts(takedown, SellerAction.ACCOUNT_CLOSED, "s-2", List.of("b-x")));
        String id = asStaff("moderator").queryParam("takedownId", takedown).get(PATH).then().statusCode(200)
                .extract().path("[0].id");

        asStaff("moderator").get(PATH + "/" + id).then().statusCode(200).body("action", equalTo("ACCOUNT_CLOSED"))
                .body("puid", equalTo(takedown + "-account-closed"))
                .body("transparencyDatabase.decision_account", equalTo("DECISION_ACCOUNT_TERMINATED"));
        asStaff("moderator").get(PATH + "/no-such-statement").then().statusCode(404);
    }

    private List<String> issuedEvents(String takedownId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select payload from outbox_event "
                        + "where event_type = 'takedown.statement-issued' and event_key = ?")) {
            query.setString(1, takedownId);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        }
    }
}
