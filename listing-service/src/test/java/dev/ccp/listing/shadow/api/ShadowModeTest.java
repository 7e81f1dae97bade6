package dev.ccp.listing.shadow.api;

import static dev.ccp.listing.support.TestListings.decide;
import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Shadow mode: a staged configuration scores every screening beside the active one without acting, staff read
 * where they differ, backtest it on moderators' verdicts, then promote or discard it. Each test leaves nothing
 * staged and the deployment's own rules active, as the other tests expect.
 */
@QuarkusTest
class ShadowModeTest {
    private static final String BASE = "/api/v1/screening-configurations";

    @AfterEach
    void leaveTheDeploymentsRulesActive() {
        List<String> staged = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .queryParam("status", "STAGED").get(BASE).then().statusCode(200).extract().path("id");
        staged.forEach(id -> act(id, "discard", "test over").statusCode(200));
        List<Map<String, String>> active = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .queryParam("status", "ACTIVE").get(BASE).then().statusCode(200).extract().path("rules");
        if (!active.isEmpty() && !active.get(0).isEmpty()) {
            String back = given().header("Authorization", TestTokens.bearer("trust-admin"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("rules", Map.of(), "fromDeployment", true, "note", "back to the deployment's rules"))
                    .post(BASE).then().statusCode(201).body("rules", equalTo(Map.of())).extract().path("id");
            act(back, "promotion", "back to the defaults").statusCode(200);
        }
    }

    @Test
    void aStagedConfigurationScoresSubmissionsBesideTheActiveOneWithoutChangingThem() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String id = stage(Map.of("held-from", 30), "would holding from 30 catch plain brand names?")
                .statusCode(201).body("status", equalTo("STAGED")).body("rules.held-from", equalTo("30"))
                .body("history.action", contains("STAGED")).body("history[0].actor", equalTo("test-trust-admin"))
                .extract().path("id");

        String named = submit(listing(seller, brand.name() + " leather bag", "handbags", "950.00", 3)).statusCode(201)
                .body("status", equalTo("PUBLISHED")).body("screening.score", equalTo(35)).extract().path("id");
        String plain = submit(listing(seller, "Walnut desk organiser", "home", "29.00", 1)).statusCode(201)
                .body("status", equalTo("PUBLISHED")).extract().path("id");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> summary(id).getLong("screened") >= 2);
        JsonPath difference = differences(id, Map.of("listingId", named)).body("$", hasSize(1)).extract().jsonPath();
        assertThat(difference.getString("[0].active.outcome")).isEqualTo("PUBLISHED");
        assertThat(difference.getString("[0].staged.outcome")).isEqualTo("HELD");
        assertThat(difference.getInt("[0].staged.score")).isEqualTo(35);
        assertThat(difference.getList("[0].staged.signals.code")).contains("BRAND_TERM_UNAUTHORISED");
        assertThat(difference.getString("[0].cause")).isEqualTo("SUBMITTED");
        differences(id, Map.of("listingId", plain)).body("$", hasSize(0));
        TestListings.get(named).body("status", equalTo("PUBLISHED"));

        differences(id, Map.of("stagedOutcome", "HELD", "outcomeChanged", true, "page", 0, "size", 10))
                .body("items.listingId", hasItem(named)).body("size", equalTo(10));
        differences(id, Map.of("stagedOutcome", "BLOCKED", "listingId", named)).body("$", hasSize(0));
        JsonPath counts = summary(id);
        assertThat(counts.getLong("differing")).isGreaterThanOrEqualTo(1).isLessThan(counts.getLong("screened"));
        assertThat(counts.getList("transitions.findAll { it.activeOutcome == 'PUBLISHED' && it.stagedOutcome == 'HELD' }"))
                .hasSize(1);

        stage(Map.of("held-from", 35), "a second one").statusCode(409).contentType("application/problem+json");
        act(id, "discard", "holds too much resale").statusCode(200).body("status", equalTo("DISCARDED"))
                .body("decidedBy", equalTo("test-trust-admin")).body("decisionNote", equalTo("holds too much resale"))
                .body("history.action", contains("STAGED", "DISCARDED"));
        act(id, "promotion", "too late").statusCode(409);
    }

    @Test
    void aConfigurationThatNamesNoRuleOrCannotTakeTheValueIsRefusedNamingIt() {
        stage(Map.of("held-form", 45), "typo").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rules.held-form"));
        stage(Map.of("held-from", "forty"), "not a number").statusCode(400)
                .body("errors.field", hasItem("rules.held-from"));
        stage(Map.of("held-from", 90, "blocked-from", 80), "upside down").statusCode(400)
                .body("errors.field", hasItem("rules.held-from"));
        stage(Map.of("held-from", 45), "").statusCode(400).body("errors.field", hasItem("note"));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("rules", Map.of("held-from", 45), "note", "not mine to stage")).post(BASE)
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("status", "STAGED").get(BASE)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aPromotedConfigurationIsWhatScreeningRunsAndThePromotionIsAudited() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String seller = SellerEvents.verifiedSeller();
        String id = stage(Map.of("brand-plain", 45, "replica-phrases", List.of("replica", "mirror copy")),
                "plain brand names on new stock are held").statusCode(201)
                .body("rules.replica-phrases", equalTo("replica,mirror copy")).extract().path("id");

        act(id, "promotion", "backtest: recall up, precision kept").statusCode(200)
                .body("status", equalTo("ACTIVE")).body("decidedBy", equalTo("test-trust-admin"))
                .body("history.action", contains("STAGED", "PROMOTED"))
                .body("history[1].reason", equalTo("backtest: recall up, precision kept"));
        submit(listing(seller, brand.name() + " leather bag", "handbags", "950.00", 3)).statusCode(201)
                .body("status", equalTo("HELD")).body("screening.score", equalTo(45));
        submit(listing(seller, "Mirror copy walnut tray", "home", "29.00", 1)).statusCode(201)
                .body("screening.signals.code", hasItem(org.hamcrest.Matchers.startsWith("REPLICA_VOCABULARY")));
        given().header("Authorization", TestTokens.bearer("moderator")).queryParam("status", "ACTIVE").get(BASE)
                .then().statusCode(200).body("id", contains(id));

        String next = stage(Map.of("held-from", 50), "on top of the active one").statusCode(201)
                .body("rules.brand-plain", equalTo("45")).body("rules.held-from", equalTo("50")).extract().path("id");
        act(next, "promotion", "fine").statusCode(200);
        given().header("Authorization", TestTokens.bearer("trust-admin")).get(BASE + "/{id}", id).then()
                .statusCode(200).body("status", equalTo("RETIRED"));
    }

    @Test
    void aBacktestReplaysDecidedListingsAndMeasuresBothConfigurationsAgainstTheVerdicts() {
        Instant start = Instant.now();
        TestBrands.Registered brand = TestBrands.registerFresh();
        record Case(String title, String category, String verdict) {
        }
        List<Case> cases = List.of(
                new Case(brand.name() + " leather bag", "handbags", "COUNTERFEIT"),
                new Case(brand.name() + " replica bag", "handbags", "COUNTERFEIT"),
                new Case(brand.name() + " canvas bag", "handbags", "NOT_INFRINGING"),
                new Case("Walnut desk organiser", "home", "NOT_INFRINGING"),
                new Case("Inspired walnut tray", "home", "NOT_INFRINGING"));
        int stagedHeldFrom = 30;
        int[] active = new int[4];
        int[] staged = new int[4];
        for (Case c : cases) {
            JsonPath screened = submit(listing(SellerEvents.verifiedSeller(), c.title(), c.category(), "950.00", 3))
                    .statusCode(201).extract().jsonPath();
            decide(screened.getString("id"), c.verdict(), "checked").statusCode(200);
            boolean infringing = !c.verdict().equals("NOT_INFRINGING");
            count(active, !screened.getString("status").equals("PUBLISHED"), infringing);
            count(staged, screened.getInt("screening.score") >= stagedHeldFrom, infringing);
        }
        assertThat(active).as("the cases tell the configurations apart").isNotEqualTo(staged);
        String id = stage(Map.of("held-from", stagedHeldFrom), "backtest me").statusCode(201).extract().path("id");

        JsonPath backtest = given().header("Authorization", TestTokens.bearer("trust-admin"))
                .queryParam("from", start.toString()).get(BASE + "/{id}/backtest", id)
                .then().statusCode(200).extract().jsonPath();

        assertThat(backtest.getInt("decided")).isEqualTo(cases.size());
        assertThat(backtest.getInt("infringing")).isEqualTo(2);
        assertFigures(backtest, "active", active);
        assertFigures(backtest, "staged", staged);
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("from", "yesterday")
                .get(BASE + "/{id}/backtest", id).then().statusCode(400).body("errors.field", hasItem("from"));
    }

    /** [true positives, false positives, false negatives, true negatives] */
    private static void count(int[] figures, boolean flagged, boolean infringing) {
        figures[flagged ? (infringing ? 0 : 1) : (infringing ? 2 : 3)]++;
    }

    private static void assertFigures(JsonPath backtest, String which, int[] expected) {
        assertThat(List.of(backtest.getInt(which + ".truePositives"), backtest.getInt(which + ".falsePositives"),
                backtest.getInt(which + ".falseNegatives"), backtest.getInt(which + ".trueNegatives")))
                .as(which).containsExactly(expected[0], expected[1], expected[2], expected[3]);
        Double precision = expected[0] + expected[1] == 0 ? null : (double) expected[0] / (expected[0] + expected[1]);
        Double recall = expected[0] + expected[2] == 0 ? null : (double) expected[0] / (expected[0] + expected[2]);
        assertRatio(backtest.getObject(which + ".precision", Double.class), precision, which + " precision");
        assertRatio(backtest.getObject(which + ".recall", Double.class), recall, which + " recall");
    }

    /** JSON numbers read back as floats: a ratio agrees to six places. */
    private static void assertRatio(Double answered, Double expected, String what) {
        if (expected == null) {
            assertThat(answered).as(what).isNull();
        } else {
            assertThat(answered).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    private static ValidatableResponse stage(Map<String, ?> rules, String note) {
        return given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("rules", rules, "note", note)).post(BASE).then();
    }

    private static ValidatableResponse act(String id, String action, String note) {
        return given().header("Authorization", TestTokens.bearer("trust-admin")).contentType(ContentType.JSON)
                .body(Map.of("note", note)).post(BASE + "/{id}/" + action, id).then();
    }

    private static ValidatableResponse differences(String id, Map<String, ?> query) {
        return given().header("Authorization", TestTokens.bearer("moderator")).queryParams(query)
                .get(BASE + "/{id}/differences", id).then().statusCode(200);
    }

    private static JsonPath summary(String id) {
        return given().header("Authorization", TestTokens.bearer("moderator")).get(BASE + "/{id}/summary", id)
                .then().statusCode(200).extract().jsonPath();
    }
}
