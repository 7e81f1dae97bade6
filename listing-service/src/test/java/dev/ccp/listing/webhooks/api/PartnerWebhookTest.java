package dev.ccp.listing.webhooks.api;

import static dev.ccp.listing.support.TestListings.decide;
import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import dev.ccp.listing.support.WebhookReceiver;
import dev.ccp.listing.webhooks.application.BrandNotifications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Brands' signed webhooks end to end: a real receiver on 127.0.0.1 verifying every delivery as the spec says. */
@QuarkusTest
class PartnerWebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Inject
    BrandNotifications notifications;

    /** A brand with a partner token. */
    private record Partner(TestBrands.Registered brand, String token) {
        static Partner fresh() {
            TestBrands.Registered brand = TestBrands.registerFresh();
            return new Partner(brand, "Bearer " + TestBrands.partnerToken(brand.apiKey()));
        }
    }

    @Test
    void aReportedListingsVerdictReachesTheBrandSignedAndAReplayIsRefused() throws Exception {
        Partner partner = Partner.fresh();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath registered = register(partner, receiver.url()).statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/partner/v1/webhooks/"))
                    .extract().jsonPath();
            String endpointId = registered.getString("id");
            String secret = registered.getString("secret");
            assertThat(secret).startsWith("whsec_");
            assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
            receiver.trust(secret);

            // shown once: never again, and not stored as it is
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/{id}", endpointId)
                    .then().statusCode(200).body("url", equalTo(receiver.url())).body("status", equalTo("ACTIVE"))
                    .body("$", not(hasKey("secret")));
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks")
                    .then().statusCode(200).body("id", equalTo(List.of(endpointId)))
                    .body("[0]", not(hasKey("secret")));
            String stored = storedSecret(endpointId);
            assertThat(stored).isNotEqualTo(secret).doesNotContain(secret.substring(6)).startsWith("v1:");

            List<String> reported = reportedAndConfirmed(partner);
            String reportId = reported.get(0);

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);
            WebhookReceiver.Received delivered = receiver.accepted().get(0);
            assertThat(delivered.id()).startsWith("msg_");
            assertThat(WebhookReceiver.verifies(secret, delivered.id(), delivered.timestamp(), delivered.signature(),
                    delivered.body())).isTrue();
            assertThat(Math.abs(Long.parseLong(delivered.timestamp()) - Instant.now().getEpochSecond())).isLessThan(60);
            JsonNode body = JSON.readTree(delivered.body());
            assertThat(body.path("type").asText()).isEqualTo("violation-report.item-status-changed");
            assertThat(body.path("subject").asText()).isEqualTo(reportId);
            assertThat(body.path("data").path("reportId").asText()).isEqualTo(reportId);
            assertThat(body.path("data").path("status").asText()).isEqualTo("CONFIRMED");
            assertThat(body.path("data").path("previousStatus").asText()).isEqualTo("QUEUED");

            // the same request again is a replay; an old timestamp (even freshly signed) and a changed body are refused
            assertThat(receiver.send(delivered.id(), delivered.timestamp(), delivered.signature(), delivered.body()))
                    .isEqualTo(409);
            String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond());
            String otherId = "msg_" + UUID.randomUUID().toString().replace("-", "");
            assertThat(receiver.send(otherId, stale, WebhookReceiver.signature(secret, otherId, stale, delivered.body()),
                    delivered.body())).isEqualTo(400);
            assertThat(receiver.send(otherId, delivered.timestamp(), delivered.signature(),
                    delivered.body().replace("CONFIRMED", "REJECTED"))).isEqualTo(401);

            awaitLogStatuses(partner, List.of("DELIVERED")); // the receiver answers before the sender records it
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).body("size()", equalTo(1))
                    .body("[0].webhookId", equalTo(delivered.id())).body("[0].endpointId", equalTo(endpointId))
                    .body("[0].status", equalTo("DELIVERED"))
                    .body("[0].type", equalTo("violation-report.item-status-changed"))
                    .body("[0].attempts.statusCode", equalTo(List.of(204)));
            given().header("Authorization", partner.token())
                    .when().get("/partner/v1/webhooks/deliveries?page=0&size=10&endpointId=" + endpointId)
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].webhookId", equalTo(delivered.id()));

            // taken down: the item is REMOVED, a new message; a repeated removal changes nothing and tells nothing
            TestListings.remove(reported.get(1), "takedown-" + reported.get(1), "COUNTERFEIT", "takedown t-1")
                    .statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 2);
            WebhookReceiver.Received removed = receiver.accepted().get(1);
            assertThat(removed.id()).isNotEqualTo(delivered.id());
            assertThat(JSON.readTree(removed.body()).path("data").path("status").asText()).isEqualTo("REMOVED");
            TestListings.remove(reported.get(1), "takedown-again-" + reported.get(1), "COUNTERFEIT", "takedown t-1")
                    .statusCode(200);
            awaitLogStatuses(partner, List.of("DELIVERED", "DELIVERED"));
        }
    }

    @Test
    void aChangeThatRollsBackSendsNothing() {
        Partner partner = Partner.fresh();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String secret = register(partner, receiver.url()).statusCode(201).extract().path("secret");
            receiver.trust(secret);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    notifications.notify(partner.brand().id(), "test.rolled-back", "s-1", Map.of("n", 1));
                    throw new IllegalStateException("the change fails after it notified");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(partner.brand().id(), "test.committed", "s-2", Map.of("n", 2)));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted().get(0).body()).contains("test.committed");
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).body("type", equalTo(List.of("test.committed")));
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackOffUnderTheSameWebhookIdUntilItTakesIt() {
        Partner partner = Partner.fresh();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String secret = register(partner, receiver.url()).statusCode(201).extract().path("secret");
            receiver.trust(secret);
            receiver.answerNext(500, 503);

            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(partner.brand().id(), "test.retried", "s-3", Map.of("n", 3)));

            Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> receiver.accepted().size() == 1);
            List<WebhookReceiver.Received> all = receiver.received();
            assertThat(all).extracting(WebhookReceiver.Received::answer).containsExactly(500, 503, 204);
            assertThat(all).extracting(WebhookReceiver.Received::id).containsOnly(all.get(0).id());
            assertThat(all).allSatisfy(r -> assertThat(WebhookReceiver.verifies(secret, r.id(), r.timestamp(),
                    r.signature(), r.body())).isTrue());
            // 1 s, then 2 s (test settings), each plus up to a sender interval
            Duration first = Duration.between(all.get(0).at(), all.get(1).at());
            Duration second = Duration.between(all.get(1).at(), all.get(2).at());
            assertThat(first).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(second).isGreaterThanOrEqualTo(Duration.ofMillis(1900));

            awaitLogStatuses(partner, List.of("DELIVERED"));
            JsonPath log = given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(log.getList("[0].attempts.statusCode")).containsExactly(500, 503, 204);
            assertThat(log.getList("[0].attempts.error")).containsExactly("the receiver answered 500",
                    "the receiver answered 503", null);
            assertThat(log.getList("[0].attempts.attemptedAt")).hasSize(3).doesNotContainNull();
            assertThat(log.getString("[0].nextAttemptAt")).isNull();
        }
    }

    @Test
    void whileARetryWaitsTheLogShowsWhenItComes() {
        Partner partner = Partner.fresh();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.trust(register(partner, receiver.url()).statusCode(201).extract().<String>path("secret"));
            receiver.answerNext(500, 500, 500, 500, 500, 500);
            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(partner.brand().id(), "test.waiting", "s-4", Map.of("n", 4)));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= 2);
            JsonPath log = given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(log.getString("[0].status")).isEqualTo("PENDING");
            assertThat(Instant.parse(log.getString("[0].nextAttemptAt")))
                    .isAfter(Instant.parse(log.getString("[0].attempts[-1].attemptedAt")));
        }
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGraceEndsThenOnlyTheNewOne() throws Exception {
        Partner partner = Partner.fresh();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath registered = register(partner, receiver.url()).statusCode(201).extract().jsonPath();
            String endpointId = registered.getString("id");
            String oldSecret = registered.getString("secret");

            JsonPath rotated = given().header("Authorization", partner.token())
                    .when().post("/partner/v1/webhooks/{id}/secret-rotation", endpointId)
                    .then().statusCode(200).body("id", equalTo(endpointId)).extract().jsonPath();
            String newSecret = rotated.getString("secret");
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
            assertThat(Instant.parse(rotated.getString("previousSecretValidUntil")))
                    .isAfter(Instant.now().plus(Duration.ofHours(23))); // the default grace, 24 h
            assertThat(storedSecret(endpointId)).doesNotContain(newSecret.substring(6));
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/{id}", endpointId)
                    .then().statusCode(200).body("$", not(hasKey("secret")))
                    .body("previousSecretValidUntil", equalTo(rotated.getString("previousSecretValidUntil")));

            receiver.trust(oldSecret); // a receiver not yet switched over still accepts it
            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(partner.brand().id(), "test.during-grace", "s-5", Map.of("n", 5)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);
            WebhookReceiver.Received during = receiver.accepted().get(0);
            assertThat(WebhookReceiver.signatureCount(during.signature())).isEqualTo(2);
            assertThat(WebhookReceiver.verifies(newSecret, during.id(), during.timestamp(), during.signature(),
                    during.body())).isTrue();
            assertThat(WebhookReceiver.verifies(oldSecret, during.id(), during.timestamp(), during.signature(),
                    during.body())).isTrue();

            // the grace ends (as if its 24 hours had passed)
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement("update webhook_endpoint set "
                            + "previous_secret_until = now() - interval '1 second' where id = ?")) {
                update.setString(1, endpointId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            receiver.trust(newSecret, oldSecret);
            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(partner.brand().id(), "test.after-grace", "s-6", Map.of("n", 6)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 2);
            WebhookReceiver.Received after = receiver.accepted().get(1);
            assertThat(WebhookReceiver.signatureCount(after.signature())).isEqualTo(1);
            assertThat(WebhookReceiver.verifies(newSecret, after.id(), after.timestamp(), after.signature(),
                    after.body())).isTrue();
            assertThat(WebhookReceiver.verifies(oldSecret, after.id(), after.timestamp(), after.signature(),
                    after.body())).isFalse();
        }
    }

    @Test
    void aReceiverThatAnswersGoneIsDisabledAndSentNothingMore() {
        Partner partner = Partner.fresh();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String endpointId = register(partner, receiver.url()).statusCode(201).extract().path("id");
            receiver.answerNext(410);
            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(partner.brand().id(), "test.gone", "s-7", Map.of("n", 7)));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "DISABLED".equals(
                    given().header("Authorization", partner.token()).get("/partner/v1/webhooks/{id}", endpointId)
                            .then().extract().path("status")));
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/{id}", endpointId)
                    .then().body("disabledReason", org.hamcrest.Matchers.containsString("410"));
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).body("size()", equalTo(1)).body("[0].status", equalTo("FAILED"))
                    .body("[0].attempts.statusCode", equalTo(List.of(410)));

            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(partner.brand().id(), "test.after-gone", "s-8", Map.of("n", 8)));
            given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).body("size()", equalTo(1));
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aBrandNeverSeesOrChangesAnotherBrandsWebhooksOrDeliveries() {
        Partner owner = Partner.fresh();
        Partner other = Partner.fresh();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath registered = register(owner, receiver.url()).statusCode(201).extract().jsonPath();
            String endpointId = registered.getString("id");
            receiver.trust(registered.getString("secret"));
            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(owner.brand().id(), "test.owned", "s-9", Map.of("n", 9)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() == 1);

            given().header("Authorization", other.token()).when().get("/partner/v1/webhooks/{id}", endpointId)
                    .then().statusCode(404).contentType("application/problem+json");
            given().header("Authorization", other.token()).when().delete("/partner/v1/webhooks/{id}", endpointId)
                    .then().statusCode(404);
            given().header("Authorization", other.token())
                    .when().post("/partner/v1/webhooks/{id}/secret-rotation", endpointId).then().statusCode(404);
            given().header("Authorization", other.token())
                    .when().get("/partner/v1/webhooks/deliveries?endpointId=" + endpointId).then().statusCode(404);
            given().header("Authorization", other.token()).when().get("/partner/v1/webhooks")
                    .then().statusCode(200).body("size()", equalTo(0));
            given().header("Authorization", other.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).body("size()", equalTo(0));
            // the other brand's notifications never reach this brand's endpoint
            QuarkusTransaction.requiringNew().run(() ->
                    notifications.notify(other.brand().id(), "test.not-yours", "s-10", Map.of("n", 10)));

            // untouched: same secret, still active, its delivery still in its own log
            given().header("Authorization", owner.token()).when().get("/partner/v1/webhooks/{id}", endpointId)
                    .then().statusCode(200).body("status", equalTo("ACTIVE"))
                    .body("secretRotatedAt", org.hamcrest.Matchers.nullValue());
            given().header("Authorization", owner.token()).when().get("/partner/v1/webhooks/deliveries")
                    .then().statusCode(200).body("type", equalTo(List.of("test.owned")));
            given().header("Authorization", owner.token()).when().delete("/partner/v1/webhooks/{id}", endpointId)
                    .then().statusCode(204);
            given().header("Authorization", owner.token()).when().get("/partner/v1/webhooks/{id}", endpointId)
                    .then().statusCode(404);
            assertThat(receiver.received()).hasSize(1);
        }
        given().header("Authorization", TestTokens.bearer("trust-admin")).when().get("/partner/v1/webhooks")
                .then().statusCode(401);
    }

    @Test
    void receiversThatAreNotHttpsToAPublicAddressAreRefusedAndNothingIsStored() {
        Partner partner = Partner.fresh();
        for (String url : List.of("https://10.0.0.1/hooks", "https://192.168.1.1/", "https://169.254.169.254/latest",
                "https://100.64.0.1/", "https://[fd00:ec2::254]/", "http://8.8.8.8/hooks",
                "ftp://8.8.8.8/", "not a url", "https://user:secret@8.8.8.8/", "https://" + "a".repeat(2000) + ".com/")) {
            register(partner, url).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
        given().header("Authorization", partner.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/partner/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aBrandHasABoundedNumberOfEndpoints() {
        Partner partner = Partner.fresh();
        for (int i = 0; i < 10; i++) {
            register(partner, "https://8.8.8.8/hooks/" + i).statusCode(201);
        }
        register(partner, "https://8.8.8.8/hooks/10").statusCode(409).contentType("application/problem+json");
        given().header("Authorization", partner.token()).when().get("/partner/v1/webhooks")
                .then().statusCode(200).body("size()", equalTo(10));
    }

    /** Waits until the brand's delivery log (newest first) shows these statuses. */
    private static void awaitLogStatuses(Partner partner, List<String> statuses) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> statuses.equals(
                given().header("Authorization", partner.token()).get("/partner/v1/webhooks/deliveries")
                        .then().statusCode(200).extract().path("status")));
    }

    private static io.restassured.response.ValidatableResponse register(Partner partner, String url) {
        return given().header("Authorization", partner.token()).contentType(ContentType.JSON)
                .body(Map.of("url", url)).when().post("/partner/v1/webhooks").then();
    }

    /**
     * A published listing the brand reports (queued: it shows nothing of the brand, so the report does not hold it)
     * and a moderator confirms (CONFIRMED).
     *
     * @return the report's id and the listing's
     */
    private static List<String> reportedAndConfirmed(Partner partner) {
        String seller = SellerEvents.verifiedSeller();
        String bag = submitted(listing(seller, "Quilted leather shoulder bag", "handbags", "120.00", 8));
        String reportId = given().header("Authorization", partner.token()).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(bag)))
                .when().post("/partner/v1/violation-reports")
                .then().statusCode(201).body("items.status", equalTo(List.of("QUEUED"))).extract().path("id");
        decide(bag, "COUNTERFEIT", "matches the brand's test purchase").statusCode(200);
        return List.of(reportId, bag);
    }

    private String storedSecret(String endpointId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select secret from webhook_endpoint where id = ?")) {
            query.setString(1, endpointId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
