package dev.ccp.seller.verification.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.support.DataSets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Replays the labelled applications (data/) through the API after loading the closed sellers, as the
 * marketplace would, and prints how each label and tactic came out. Targets: REREGISTRATION rejected
 * with recall >= 0.95, no CLEAN applicant rejected, SUSPICIOUS sent to review, every INVALID row a 400.
 */
@QuarkusTest
class VerificationDataSetReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Outcome(String key, String label, String tactic, String status, List<String> reasons) {
        Outcome(String key, String label, String tactic, String status) {
            this(key, label, tactic, status, List.of());
        }
    }

    @Test
    void labelledApplicationsComeOutAsTheirLabelsSay() throws Exception {
        String marketplace = TestTokens.bearer("marketplace");
        String service = TestTokens.bearer("service");

        List<String> closedIds = new ArrayList<>();
        for (JsonNode closed : JSON.readTree(DataSets.file("closed-sellers.json").toFile())) {
            closedIds.add(given().header("Authorization", marketplace).contentType(ContentType.JSON)
                    .body(closed.get("application").toString()).post("/api/v1/sellers")
                    .then().statusCode(201).extract().path("id"));
        }
        for (String id : closedIds) {
            given().header("Authorization", service).header("Idempotency-Key", "replay-close-" + id)
                    .contentType(ContentType.JSON).body(Map.of("reason", "COUNTERFEIT"))
                    .post("/api/v1/sellers/{id}/closure", id).then().statusCode(200);
        }

        List<Outcome> outcomes = new ArrayList<>();
        Map<String, String> idByKey = new TreeMap<>();
        long started = System.nanoTime();
        for (String line : Files.readAllLines(DataSets.file("seller-applications.jsonl"))) {
            JsonNode row = JSON.readTree(line);
            Response response = given().header("Authorization", marketplace).contentType(ContentType.JSON)
                    .body(row.get("application").toString()).post("/api/v1/sellers");
            String key = row.get("key").asText();
            if (response.statusCode() == 201) {
                idByKey.put(key, response.path("id"));
            } else {
                assertThat(response.statusCode()).as("%s answered %s", key, response.asString()).isEqualTo(400);
            }
            outcomes.add(new Outcome(key, row.get("label").asText(), row.get("tactic").asText(),
                    response.statusCode() == 400 ? "400" : null));
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        // The final state: a burst found later also sends its earlier sign-ups to review.
        List<Outcome> settled = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.status() != null) {
                settled.add(o);
                continue;
            }
            Response view = given().header("Authorization", marketplace)
                    .get("/api/v1/sellers/{id}", idByKey.get(o.key()));
            settled.add(new Outcome(o.key(), o.label(), o.tactic(), view.path("status"),
                    view.path("verification.reasons.code")));
        }

        report(settled, seconds);
        long rereg = count(settled, "REREGISTRATION", null);
        long rerejected = count(settled, "REREGISTRATION", "REJECTED");
        long rejected = settled.stream().filter(o -> o.status().equals("REJECTED")).count();
        assertThat((double) rerejected / rereg).as("REREGISTRATION recall").isGreaterThanOrEqualTo(0.95);
        assertThat(count(settled, "CLEAN", "REJECTED")).as("CLEAN applicants rejected").isZero();
        assertThat((double) rerejected / rejected).as("precision of REJECTED").isGreaterThanOrEqualTo(0.95);
        assertThat(count(settled, "INVALID", "400")).isEqualTo(count(settled, "INVALID", null));
        assertThat((double) count(settled, "SUSPICIOUS", "PENDING_REVIEW") / count(settled, "SUSPICIOUS", null))
                .as("SUSPICIOUS sent to review").isGreaterThanOrEqualTo(0.95);
        assertThat(count(settled, "SUSPICIOUS", "REJECTED")).as("weak evidence never rejects").isZero();
    }

    private static long count(List<Outcome> outcomes, String label, String status) {
        return outcomes.stream().filter(o -> o.label().equals(label) && (status == null || o.status().equals(status)))
                .count();
    }

    private static void report(List<Outcome> outcomes, double seconds) {
        Map<String, Map<String, Integer>> byTactic = new TreeMap<>();
        for (Outcome o : outcomes) {
            byTactic.computeIfAbsent(o.label() + " / " + o.tactic(), k -> new TreeMap<>()).merge(o.status(), 1, Integer::sum);
        }
        System.out.printf("%nVerification replay of %d applications (%.1f s, %.0f applications/s):%n",
                outcomes.size(), seconds, outcomes.size() / seconds);
        byTactic.forEach((tactic, statuses) -> System.out.printf("  %-36s %s%n", tactic, statuses));
        Map<String, Integer> reviewReasons = new TreeMap<>();
        outcomes.stream().filter(o -> !o.label().equals("SUSPICIOUS") && "PENDING_REVIEW".equals(o.status()))
                .flatMap(o -> o.reasons().stream()).forEach(r -> reviewReasons.merge(r, 1, Integer::sum));
        System.out.printf("  reasons behind reviews of non-SUSPICIOUS rows: %s%n", reviewReasons);
        long rereg = count(outcomes, "REREGISTRATION", null);
        long hit = count(outcomes, "REREGISTRATION", "REJECTED");
        long rejected = outcomes.stream().filter(o -> o.status().equals("REJECTED")).count();
        System.out.printf("  REREGISTRATION: recall %.3f (%d/%d), precision %.3f (%d/%d)%n", (double) hit / rereg, hit,
                rereg, (double) hit / rejected, hit, rejected);
        System.out.printf("  SUSPICIOUS to review: %d/%d; CLEAN rejected: %d, CLEAN to review: %d/%d%n",
                count(outcomes, "SUSPICIOUS", "PENDING_REVIEW"), count(outcomes, "SUSPICIOUS", null),
                count(outcomes, "CLEAN", "REJECTED"), count(outcomes, "CLEAN", "PENDING_REVIEW"),
                count(outcomes, "CLEAN", null));
    }
}
