package dev.ccp.litigation.cases.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseResourceTest {

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
    void aCaseMovesAlongItsLifecycleAuditedAndAnIllegalMoveIsAConflict() {
        String id = Cases.open(Cases.unique("s"));
        moving(id, "FILED", "too early").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("OPEN"));
        moving(id, "INVESTIGATING", "test purchases ordered").then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        given().header("Authorization", TestTokens.bearer("legal")).contentType(ContentType.JSON)
                .body(Map.of("status", "FILED", "note", "EU trademark court, Alicante")).post("/api/v1/cases/{id}/status", id)
                .then().statusCode(200).body("status", equalTo("FILED"));
        moving(id, "REFERRED", "both at once?").then().statusCode(409);
        moving(id, "JUDGMENT", "for the plaintiffs").then().statusCode(200);
        moving(id, "CLOSED", null).then().statusCode(200);
        moving(id, "INVESTIGATING", "reopen").then().statusCode(409).body("detail", containsString("closed"));

        Cases.reading("/api/v1/cases/{id}", id).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("history.to", equalTo(List.of("OPEN", "INVESTIGATING", "FILED", "JUDGMENT", "CLOSED")))
                .body("history.from", equalTo(java.util.Arrays.asList(null, "OPEN", "INVESTIGATING", "FILED", "JUDGMENT")))
                .body("history[2].by", equalTo("test-legal"))
                .body("history[2].note", equalTo("EU trademark court, Alicante"))
                .body("history[4].note", nullValue());
        moving(id, "WON", null).then().statusCode(400).body("errors.field", hasItem("status"));
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
