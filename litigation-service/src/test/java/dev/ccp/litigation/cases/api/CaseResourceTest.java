package dev.ccp.litigation.cases.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.Enforcement;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseResourceTest {
    @Inject
    DataSource db;

    @Test
    void anInvestigatorOpensACaseThatIsFoundByEachOfItsSellers() {
        String seller = Cases.unique("s");
        String other = Cases.unique("s");
        String id = Cases.opening(Map.of("title", "BMW v. Spanish sellers", "brandIds", List.of("b-bmw"),
                        "sellerIds", List.of(seller),
                        "defendants", List.of(Map.of("sellerId", other, "role", "SUPPLIER", "country", "ES"))))
                .then().statusCode(201).header("Location", containsString("/api/v1/cases/"))
                .body("status", equalTo("OPEN")).body("brandIds", equalTo(List.of("b-bmw")))
                .body("openedBy", equalTo("test-investigator"))
                .body("defendants.sellerId", equalTo(List.of(seller, other)))
                .body("defendants.find { it.sellerId == '" + other + "' }.country", equalTo("ES"))
                .body("history", hasSize(1)).body("history[0].to", equalTo("OPEN"))
                .extract().path("id");

        for (String s : List.of(seller, other)) {
            given().header("Authorization", TestTokens.bearer("legal")).queryParam("sellerId", s).get("/api/v1/cases")
                    .then().statusCode(200).body("id", equalTo(List.of(id)));
        }
        given().header("Authorization", TestTokens.bearer("marketplace")).queryParam("sellerId", Cases.unique("s"))
                .get("/api/v1/cases").then().statusCode(200).body("$", hasSize(0));
        Cases.reading("/api/v1/cases/{id}", id).then().statusCode(200).body("title", equalTo("BMW v. Spanish sellers"));
    }

    @Test
    void casesComeInPages() {
        String seller = Cases.unique("s");
        List<String> ids = List.of(Cases.open(seller), Cases.open(seller), Cases.open(seller));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("sellerId", seller)
                .queryParam("page", 1).queryParam("size", 2).get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.id", equalTo(List.of(ids.get(2))));
        given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("size", 501).get("/api/v1/cases")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void aCaseMovesAlongItsLifecycleAuditedAndAnnouncedAndAnIllegalMoveIsAConflict() {
        String id = Cases.open(Cases.unique("s"));
        moving(id, "DISMISSED", "too early").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("OPEN"));
        moving(id, "INVESTIGATING", "test purchases ordered").then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        Cases.legal(id, "filing", Cases.filing(List.of("b-bmw"))).then().statusCode(200).body("status", equalTo("FILED"));
        moving(id, "DISMISSED", "withdrawn by the plaintiffs").then().statusCode(200).body("status", equalTo("DISMISSED"));
        moving(id, "CLOSED", null).then().statusCode(200);
        moving(id, "INVESTIGATING", "reopen").then().statusCode(409).body("detail", containsString("closed"));

        Cases.reading("/api/v1/cases/{id}", id).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("history.to", equalTo(List.of("OPEN", "INVESTIGATING", "FILED", "DISMISSED", "CLOSED")))
                .body("history.from", equalTo(java.util.Arrays.asList(null, "OPEN", "INVESTIGATING", "FILED", "DISMISSED")))
                .body("history[2].by", equalTo("test-legal"))
                .body("history[3].note", equalTo("withdrawn by the plaintiffs"))
                .body("history[4].note", nullValue());
        moving(id, "WON", null).then().statusCode(400).body("errors.field", hasItem("status"));
        assertThat(Enforcement.publishedTypes(db, id)).containsExactly("case.opened", "case.status-changed",
                "case.status-changed", "case.status-changed", "case.status-changed");
    }

    @Test
    void theStatusesOfLegalActionsAreReachedOnlyThroughThoseActions() {
        String id = Cases.investigating(List.of("b-bmw"), Cases.unique("s"));
        Map<String, String> endpoints = Map.of("FILED", "/legal/filing", "REFERRED", "/legal/referrals",
                "JUDGMENT", "/legal/judgment", "SETTLED", "/legal/settlement");
        endpoints.forEach((status, endpoint) -> moving(id, status, "shortcut").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("/api/v1/cases/" + id + endpoint)));
        Cases.reading("/api/v1/cases/{id}", id).then().body("status", equalTo("INVESTIGATING"))
                .body("history", hasSize(2));
    }

    @Test
    void anInvalidCaseNamesEachFieldAndIsNotStored() {
        String seller = Cases.unique("s");
        Cases.opening(Map.of("title", " ", "brandIds", List.of(), "sellerIds", List.of(seller, "bad id"),
                        "defendants", List.of(Map.of("sellerId", seller, "country", "XX"))))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "brandIds", "sellerIds[1]", "defendants[0].country"));
        given().header("Authorization", TestTokens.bearer("legal")).queryParam("sellerId", seller).get("/api/v1/cases")
                .then().body("$", hasSize(0));
    }

    @Test
    void onlyInvestigatorsAndLegalWriteAndStaffRead() {
        String id = Cases.open(Cases.unique("s"));
        Map<String, Object> body = Map.of("title", "t", "brandIds", List.of("b"));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(401);
        given().header("Authorization", TestTokens.forgedBearer("investigator")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Map.of("status", "INVESTIGATING")).post("/api/v1/cases/{id}/status", id).then().statusCode(403);
        given().get("/api/v1/cases").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("partner")).get("/api/v1/cases/{id}", id).then().statusCode(403);
        for (String role : List.of("moderator", "investigator", "legal", "trust-admin", "marketplace")) {
            given().header("Authorization", TestTokens.bearer(role)).get("/api/v1/cases/{id}", id).then().statusCode(200);
        }
    }

    @Test
    void anUnknownCaseIsNotFound() {
        Cases.reading("/api/v1/cases/{id}", "no-such-case").then().statusCode(404).contentType("application/problem+json");
        moving("no-such-case", "INVESTIGATING", null).then().statusCode(404);
    }

    private static io.restassured.response.Response moving(String id, String status, String note) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("status", status);
        body.put("note", note);
        return given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/cases/{id}/status", id);
    }
}
