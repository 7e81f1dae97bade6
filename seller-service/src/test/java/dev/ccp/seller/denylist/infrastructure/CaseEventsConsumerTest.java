package dev.ccp.seller.denylist.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.devstack.test.DatabaseOutage;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.seller.support.Applications;
import dev.ccp.seller.support.Sellers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseEventsConsumerTest {
    @Inject
    DenylistRepository denylist;
    @Inject
    MeterRegistry metrics;
    @Inject
    DataSource dataSource;

    @Test
    void aJudgmentDenylistsItsSellerDefendantsOnceHoweverOftenItIsDelivered() {
        Map<String, Object> application = Applications.valid();
        String sellerId = Sellers.apply(application).then().statusCode(201).extract().path("id");
        String caseId = "case-" + UUID.randomUUID();
        String wire = judgment(caseId, sellerId);
        double duplicatesBefore = counter("ccp.inbox.duplicates");

        TestKafka.send(Topics.CASES, caseId, wire);
        TestKafka.send(Topics.CASES, caseId, wire); // the broker redelivers: same event id

        await().atMost(Duration.ofSeconds(30)).until(() -> counter("ccp.inbox.duplicates") > duplicatesBefore);
        var entries = QuarkusTransaction.requiringNew().call(() -> denylist.forSeller(sellerId));
        // every identity of the account except its network address, once each
        assertThat(entries).extracting(e -> e.kind.name()).containsExactlyInAnyOrder(
                "BANK_ACCOUNT", "TAX_ID", "DOCUMENT", "EMAIL", "PHONE", "DEVICE", "ADDRESS");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.source).isEqualTo("case:" + caseId);
            assertThat(e.reason).contains("Alicante");
        });

        // the defendant's account is still open, but its identity may not open another one
        Map<String, Object> comeback = Applications.valid();
        comeback.put("document", application.get("document"));
        Sellers.apply(comeback).then().statusCode(201).body("status", equalTo("REJECTED"))
                .body("verification.reasons.code", hasItem("REREGISTRATION_DOCUMENT"));
    }

    @Test
    void judgmentsThatArriveWhileTheDatabaseIsDownWaitForItAndAreAppliedOnceEachNoneParked() throws Exception {
        Map<String, String> judgments = new HashMap<>(); // case id (the record key) -> CloudEvent
        Map<String, String> sellerOfCase = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String sellerId = Sellers.applied();
            String caseId = "case-" + UUID.randomUUID();
            judgments.put(caseId, judgment(caseId, sellerId));
            sellerOfCase.put(caseId, sellerId);
        }
        double retriesBefore = counter("ccp.inbox.retries");

        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            TestKafka.sendAll(Topics.CASES, judgments);
            // down for far longer than bounded retries last (about a second), connections cut again and again
            Instant back = Instant.now().plusSeconds(8);
            while (Instant.now().isBefore(back)) {
                outage.terminateConnections();
                Thread.sleep(500);
            }
            assertThat(counter("ccp.inbox.retries")).isGreaterThan(retriesBefore);
            assertThat(stuckSeconds()).isGreaterThan(3);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> sellerOfCase.values().stream().allMatch(sellerId ->
                !QuarkusTransaction.requiringNew().call(() -> denylist.forSeller(sellerId)).isEmpty()));
        sellerOfCase.forEach((caseId, sellerId) -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> denylist.forSeller(sellerId)))
                .extracting(e -> e.kind.name() + " " + e.source).containsExactlyInAnyOrder(
                        "BANK_ACCOUNT case:" + caseId, "TAX_ID case:" + caseId, "DOCUMENT case:" + caseId,
                        "EMAIL case:" + caseId, "PHONE case:" + caseId, "DEVICE case:" + caseId,
                        "ADDRESS case:" + caseId));
        for (String wire : judgments.values()) {
            assertThat(inboxRows(EventJson.read(wire).id())).isEqualTo(1);
        }
        assertThat(TestKafka.during(Topics.deadLetter(Topics.CASES), r -> judgments.containsKey(r.key()),
                Duration.ofSeconds(3))).isEmpty();
        assertThat(stuckSeconds()).isZero();
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAtOnceAndTheConsumerMovesOn() {
        String garbageKey = "poison-" + UUID.randomUUID();
        String brokenKey = "broken-" + UUID.randomUUID();
        double deadBefore = counter("ccp.inbox.dead_lettered");
        double retriesBefore = counter("ccp.inbox.retries");

        TestKafka.send(Topics.CASES, garbageKey, "this is not a CloudEvent");
        TestKafka.send(Topics.CASES, brokenKey, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"source\":\"/litigation-service\",\"type\":\"case.judgment-entered\",\"data\":{\"court\":\"x\"}}");
        String sellerId = Sellers.applied();
        String caseId = "case-" + UUID.randomUUID();
        TestKafka.send(Topics.CASES, caseId, judgment(caseId, sellerId));

        assertThat(TestKafka.await(Topics.deadLetter(Topics.CASES),
                r -> garbageKey.equals(r.key()) || brokenKey.equals(r.key()), 2, Duration.ofSeconds(30)))
                .extracting(r -> r.key()).containsExactlyInAnyOrder(garbageKey, brokenKey);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !QuarkusTransaction.requiringNew().call(() -> denylist.forSeller(sellerId)).isEmpty());
        assertThat(counter("ccp.inbox.dead_lettered") - deadBefore).isEqualTo(2);
        assertThat(counter("ccp.inbox.retries")).as("attempts at a malformed event").isEqualTo(retriesBefore);
    }

    private static String judgment(String caseId, String sellerId) {
        JudgmentEntered judgment = new JudgmentEntered(caseId, "EU trade mark court, Alicante", "101/2026",
                LocalDate.parse("2026-06-30"), List.of(
                        new JudgmentEntered.Defendant("SELLER", sellerId, "Torres Market S.L."),
                        new JudgmentEntered.Defendant("INFLUENCER", null, "@anon.deals")));
        return EventJson.write(EventEnvelope.wrap("/litigation-service", judgment, Instant.now()));
    }

    private double stuckSeconds() {
        return metrics.get("ccp.inbox.stuck").tag("consumer", "seller-denylist").gauge().value();
    }

    private int inboxRows(String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement(
                        "select count(*) from inbox_event where consumer = 'seller-denylist' and event_id = ?")) {
            count.setString(1, eventId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private double counter(String name) {
        return metrics.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
