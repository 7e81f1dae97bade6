package dev.ccp.takedown.takedowns.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ccp.contracts.EventJson;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.takedown.statements.application.ReadingStatements;
import dev.ccp.takedown.statements.domain.StatementOfReasons;
import dev.ccp.takedown.support.Charges;
import dev.ccp.takedown.support.Confirmations;
import dev.ccp.takedown.support.Orders;
import dev.ccp.takedown.support.PaymentProvider;
import dev.ccp.takedown.support.PeerServicesStub;
import dev.ccp.takedown.support.Takedowns;
import dev.ccp.takedown.takedowns.domain.AccountPolicy;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RunningTakedownStepsTest {
    @Inject
    OpeningTakedown opening;
    @Inject
    RunningTakedownSteps running;
    @Inject
    TakedownRepository takedowns;
    @Inject
    EntityManager entityManager;
    @Inject
    ApplyingAccountPolicyStep accountPolicy;
    @Inject
    ReadingStatements statements;
    private static PaymentSimulatorProcess provider;

    @BeforeAll
    static void wellBehavedProvider() {
        provider = PaymentProvider.restart(UnaryOperator.identity());
    }

    @Test
    void aListingServiceOutageIsRetriedWithBackOffAndTheListingRemovedOnce() {
        String listing = Confirmations.unique("l");
        String removal = "/api/v1/listings/" + listing + "/removal";
        // Three 503s: the call's own fault-tolerance retries (two, at once) meet the outage too, so the step fails
        // once and the runner's persisted backoff brings it back.
        List<String> states = List.of(Scenario.STARTED, "503-2", "503-3", "up");
        for (int i = 0; i < 3; i++) {
            PeerServicesStub.admin().register(post(urlPathEqualTo(removal)).inScenario(listing)
                    .whenScenarioStateIs(states.get(i)).willSetStateTo(states.get(i + 1))
                    .willReturn(aResponse().withStatus(503).withBody("maintenance")));
        }
        PeerServicesStub.admin().register(post(urlPathEqualTo(removal)).inScenario(listing).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"" + listing + "\", \"status\": \"REMOVED\"}")));
        String id = Takedowns.open(opening, Takedowns.confirmed(listing, Confirmations.unique("s"), List.of("b-1")));

        running.runDue();
        Confirmations.takedown(id).then().body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS"))
                .body("steps[0].status", org.hamcrest.Matchers.equalTo("PENDING"))
                .body("steps[0].attempts", org.hamcrest.Matchers.equalTo(1))
                .body("steps[0].lastError", containsString("503"))
                .body("steps[0].nextAttemptAt", org.hamcrest.Matchers.notNullValue());
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));

        PeerServicesStub.admin().verifyThat(4, postRequestedFor(urlPathEqualTo(removal))
                .withHeader("Idempotency-Key", equalTo("takedown-" + id + "-removal")));
        Confirmations.takedown(id).then().body("steps[0].status", org.hamcrest.Matchers.equalTo("DONE"))
                .body("steps[0].attempts", org.hamcrest.Matchers.equalTo(1));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ccp_takedowns_step_retries_total{step=\"REMOVE_LISTING\"}"));
    }

    @Test
    void anUnknownListingNeedsAttentionUntilATrustAdminRetriesIt() {
        String listing = Confirmations.unique("l");
        String removal = "/api/v1/listings/" + listing + "/removal";
        PeerServicesStub.admin().register(post(urlPathEqualTo(removal)).atPriority(1)
                .willReturn(aResponse().withStatus(404).withBody("{\"detail\": \"no such listing\"}")));
        String id = Takedowns.open(opening, Takedowns.confirmed(listing, Confirmations.unique("s"), List.of("b-1")));

        running.runDue();
        running.runDue();
        Confirmations.takedown(id).then().body("status", org.hamcrest.Matchers.equalTo("NEEDS_ATTENTION"))
                .body("steps[0].status", org.hamcrest.Matchers.equalTo("FAILED"))
                .body("steps[0].attempts", org.hamcrest.Matchers.equalTo(1))
                .body("steps[0].lastError", containsString("404"))
                .body("steps[1].status", org.hamcrest.Matchers.equalTo("PENDING"));
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo(removal)));
        assertThat(TestKafka.await("takedowns.v1", r -> r.key().equals(id) && r.value().contains("takedown.step-failed"),
                1, Duration.ofSeconds(30))).singleElement().satisfies(r -> assertThat(EventJson.read(r.value()).data()
                        .get("step").asText()).isEqualTo("REMOVE_LISTING"));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("status", "NEEDS_ATTENTION")
                .queryParam("listingId", listing).get("/api/v1/takedowns").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(List.of(id)));

        given().header("Authorization", TestTokens.bearer("investigator")).post("/api/v1/takedowns/" + id + "/retry")
                .then().statusCode(403);
        PeerServicesStub.admin().register(post(urlPathEqualTo(removal)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"" + listing + "\", \"status\": \"REMOVED\"}")));
        given().header("Authorization", TestTokens.bearer("trust-admin")).post("/api/v1/takedowns/" + id + "/retry")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS"))
                .body("steps[0].status", org.hamcrest.Matchers.equalTo("PENDING"));
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));
        PeerServicesStub.admin().verifyThat(2, postRequestedFor(urlPathEqualTo(removal)));
        given().header("Authorization", TestTokens.bearer("trust-admin")).post("/api/v1/takedowns/" + id + "/retry")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("trust-admin")).post("/api/v1/takedowns/nope/retry")
                .then().statusCode(404);
    }

    @Test
    void aTakedownHeldByADeadRunnerIsResumedOnceItsLeaseHasPassed() {
        String listing = Confirmations.unique("l");
        String id = Takedowns.open(opening, Takedowns.confirmed(listing, Confirmations.unique("s"), List.of("b-1")));
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> takedowns.claimDue("dead-runner", now.plusSeconds(1),
                now.plus(Duration.ofHours(1)), 1000));

        running.runDue();
        assertThat(Takedowns.status(id)).isEqualTo("IN_PROGRESS");
        PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/v1/listings/" + listing
                + "/removal")));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update takedown set lease_until = now() - interval '1 second' where lease_owner = 'dead-runner'")
                .executeUpdate());
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/listings/" + listing
                + "/removal")));
    }

    @Test
    void twoRunnersOnOneDatabaseRunEachStepOnce() throws Exception {
        String seller = Confirmations.unique("s");
        List<String> listings = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String listing = Confirmations.unique("l") + "-" + i;
            listings.add(listing);
            orders.add(Orders.unique("o"));
            Charges.importAndCharge(provider, List.of(Orders.order(orders.get(i), listing, "DELIVERED", "20.00", "EUR")));
            ids.add(Takedowns.open(opening, Takedowns.confirmed(listing, seller + "-" + i, List.of("b-1"))));
        }
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!ids.stream().allMatch(id -> "COMPLETED".equals(Takedowns.status(id)))) {
                assertThat(System.nanoTime()).isLessThan(deadline);
                List<Future<Integer>> passes = replicas.invokeAll(List.<Callable<Integer>>of(
                        () -> running.runDue("replica-a"), () -> running.runDue("replica-b")));
                for (Future<Integer> pass : passes) {
                    pass.get();
                }
            }
        } finally {
            replicas.shutdownNow();
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/listings/"
                    + listings.get(i) + "/removal")));
            PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/sellers/" + seller + "-"
                    + i + "/closure")));
            assertThat(provider.charge(orders.get(i)).get("refunds")).hasSize(1);
            assertThat(statements.ofTakedown(id)).hasSize(2);
            Confirmations.takedown(id).then().body("steps.attempts",
                    org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(0)));
        }
    }

    @Test
    void withoutARegisteredBrandTheThirdStrikeInTheWindowClosesTheAccount() {
        String seller = Confirmations.unique("s");
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = Takedowns.open(opening, Takedowns.confirmed(Confirmations.unique("l"), seller, List.of()));
            Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));
            actions.add(Confirmations.takedown(id).then().extract().path("accountAction"));
            assertThat(statements.ofTakedown(id)).extracting(StatementOfReasons::action).containsExactlyInAnyOrder(i < 2
                    ? new SellerAction[] {SellerAction.LISTING_REMOVED}
                    : new SellerAction[] {SellerAction.LISTING_REMOVED, SellerAction.ACCOUNT_CLOSED});
        }
        assertThat(actions).containsExactly("STRIKE_RECORDED", "STRIKE_RECORDED", "CLOSED");
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/sellers/" + seller
                + "/closure")));
    }

    @Test
    void withZeroToleranceOffARegisteredBrandNeedsTheStrikesToo() {
        AccountPolicy configured = accountPolicy.policy();
        accountPolicy.usePolicy(new AccountPolicy(false, 2, Duration.ofDays(365)));
        try {
            String seller = Confirmations.unique("s");
            String first = Takedowns.open(opening, Takedowns.confirmed(Confirmations.unique("l"), seller,
                    List.of("b-1")));
            Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(first)));
            PeerServicesStub.admin().verifyThat(0, postRequestedFor(urlPathEqualTo("/api/v1/sellers/" + seller
                    + "/closure")));
            String second = Takedowns.open(opening, Takedowns.confirmed(Confirmations.unique("l"), seller,
                    List.of("b-1")));
            Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(second)));

            Confirmations.takedown(first).then().body("accountAction", org.hamcrest.Matchers.equalTo("STRIKE_RECORDED"));
            Confirmations.takedown(second).then().body("accountAction", org.hamcrest.Matchers.equalTo("CLOSED"));
            PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/sellers/" + seller
                    + "/closure")));
        } finally {
            accountPolicy.usePolicy(configured);
        }
    }
}
