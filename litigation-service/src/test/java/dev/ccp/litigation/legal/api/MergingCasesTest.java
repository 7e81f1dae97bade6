package dev.ccp.litigation.legal.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.Cases;
import dev.ccp.litigation.support.Enforcement;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Investigators merge and split cases; both ledgers stay verifiable, each citing the other's signed tree head. */
@QuarkusTest
class MergingCasesTest {
    @Inject
    DataSource db;

    @Test
    void aMergedCaseIsClosedPointingAtItsSurvivorWhichTakesItsPartiesAndCitesItsTreeHead() {
        String a = Cases.unique("s"), b = Cases.unique("s");
        String survivor = Cases.opening(Map.of("title", "BMW v. A", "brandIds", List.of("b-bmw"),
                "sellerIds", List.of(a))).then().statusCode(201).extract().path("id");
        String absorbed = Cases.opening(Map.of("title", "Mini v. B", "brandIds", List.of("b-mini"),
                "sellerIds", List.of(b, a))).then().statusCode(201).extract().path("id");
        Cases.record(absorbed, 1);
        Cases.record(absorbed, 2);
        JsonPath head = Cases.reading("/api/v1/cases/{id}/evidence/tree-head", absorbed).then().statusCode(200)
                .extract().jsonPath();

        investigation(survivor, "merge", Map.of("absorbedCaseId", absorbed, "reason", "same bank account"))
                .then().statusCode(200).body("caseId", equalTo(survivor))
                .body("audit.action", hasItem("CASE_MERGED"));

        JsonPath merged = Cases.reading("/api/v1/cases/{id}", survivor).then().extract().jsonPath();
        assertThat(merged.getList("brandIds", String.class)).containsExactly("b-bmw", "b-mini");
        assertThat(merged.getList("defendants.sellerId", String.class)).containsExactly(a, b);
        Cases.reading("/api/v1/cases/{id}", absorbed).then().body("status", equalTo("CLOSED"))
                .body("mergedInto", equalTo(survivor)).body("history[-1].note", containsString(survivor));

        Map<String, Object> note = Cases.reading("/api/v1/cases/{id}/evidence/1", survivor).then().statusCode(200)
                .body("type", equalTo("NOTE")).extract().path("content");
        assertThat(note).containsEntry("action", "CASE_MERGED").containsEntry("absorbedCaseId", absorbed)
                .containsEntry("reason", "same bank account");
        @SuppressWarnings("unchecked")
        Map<String, Object> cited = (Map<String, Object>) note.get("absorbedTreeHead");
        assertThat(cited).containsEntry("treeSize", 2).containsEntry("rootHash", head.getString("rootHash"));
        Cases.reading("/api/v1/cases/{id}/evidence/3", absorbed).then().body("content.action", equalTo("MERGED_INTO"))
                .body("content.survivorCaseId", equalTo(survivor));
        for (String id : List.of(survivor, absorbed)) {
            Cases.reading("/api/v1/cases/{id}/evidence/verification", id).then().body("valid", equalTo(true));
        }
        assertThat(Enforcement.publishedTypes(db, absorbed)).containsExactly("case.opened", "case.status-changed");

        investigation(survivor, "merge", Map.of("absorbedCaseId", absorbed)).then().statusCode(409)
                .body("detail", containsString("CLOSED"));
        investigation(survivor, "merge", Map.of("absorbedCaseId", survivor)).then().statusCode(400)
                .body("errors.field", hasItem("absorbedCaseId"));
        investigation(survivor, "merge", Map.of("absorbedCaseId", "no-such-case")).then().statusCode(404);
    }

    @Test
    void aSplitGivesTheChosenDefendantsACaseOfTheirOwnCitingTheSourcesTreeHead() {
        String a = Cases.unique("s"), b = Cases.unique("s");
        String source = Cases.open(a, b);
        Cases.record(source, 1);

        Response split = investigation(source, "split", Map.of("sellerIds", List.of(b), "reason", "another ring"));
        split.then().statusCode(201);
        String created = split.path("caseId");
        Cases.reading("/api/v1/cases/{id}", created).then().body("defendants.sellerId", equalTo(List.of(b)))
                .body("brandIds", equalTo(List.of("b-bmw"))).body("splitFrom", equalTo(source))
                .body("status", equalTo("OPEN"));
        Cases.reading("/api/v1/cases/{id}", source).then().body("defendants.sellerId", equalTo(List.of(a)));
        Cases.reading("/api/v1/cases/{id}/evidence/1", created).then().body("content.action", equalTo("SPLIT_FROM"))
                .body("content.sourceCaseId", equalTo(source)).body("content.sourceTreeHead.treeSize", equalTo(1));
        Cases.reading("/api/v1/cases/{id}/evidence/2", source).then().body("content.action", equalTo("CASE_SPLIT"))
                .body("content.newCaseId", equalTo(created));
        assertThat(Enforcement.publishedTypes(db, created)).containsExactly("case.opened");

        investigation(source, "split", Map.of("sellerIds", List.of(a))).then().statusCode(400)
                .body("errors.field", hasItem("sellerIds"));
        investigation(source, "split", Map.of("sellerIds", List.of(Cases.unique("s")))).then().statusCode(400)
                .body("errors.field", hasItem("sellerIds[0]"));
        given().header("Authorization", TestTokens.bearer("moderator")).contentType(ContentType.JSON)
                .body(Map.of("sellerIds", List.of(a))).post("/api/v1/cases/{id}/investigation/split", source)
                .then().statusCode(403);
    }

    private static Response investigation(String caseId, String action, Object body) {
        return given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/cases/{id}/investigation/" + action, caseId);
    }
}
