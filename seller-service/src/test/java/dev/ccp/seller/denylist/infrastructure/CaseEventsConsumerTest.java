package dev.ccp.seller.denylist.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.litigation.JudgmentEntered;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.seller.support.Applications;
import dev.ccp.seller.support.Sellers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseEventsConsumerTest {
    @Inject
    DenylistRepository denylist;
    @Inject
    MeterRegistry metrics;

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
    void aPoisonEventGoesToTheDeadLetterTopicAndTheConsumerMovesOn() {
        String garbageKey = "poison-" + UUID.randomUUID();
        String brokenKey = "broken-" + UUID.randomUUID();
        double deadBefore = counter("ccp.inbox.dead_lettered");

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
    }

    private static String judgment(String caseId, String sellerId) {
        JudgmentEntered judgment = new JudgmentEntered(caseId, "EU trade mark court, Alicante", "101/2026",
                LocalDate.parse("2026-06-30"), List.of(
                        new JudgmentEntered.Defendant("SELLER", sellerId, "Torres Market S.L."),
                        new JudgmentEntered.Defendant("INFLUENCER", null, "@anon.deals")));
        return EventJson.write(EventEnvelope.wrap("/litigation-service", judgment, Instant.now()));
    }

    private double counter(String name) {
        return metrics.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
