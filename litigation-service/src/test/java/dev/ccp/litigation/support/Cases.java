package dev.ccp.litigation.support;

import static io.restassured.RestAssured.given;

import dev.ccp.devstack.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers that drive the service through its API, as staff would. */
public final class Cases {
    private Cases() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens a case against these sellers as an investigator; returns its id. */
    public static String open(String... sellerIds) {
        return opening(Map.of("title", "BMW v. " + String.join(", ", sellerIds), "brandIds", List.of("b-bmw"),
                "sellerIds", List.of(sellerIds))).then().statusCode(201).extract().path("id");
    }

    public static Response opening(Object body) {
        return given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/cases");
    }

    public static Response recording(String caseId, Object body) {
        return given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/cases/{id}/evidence", caseId);
    }

    /** {@code POST .../evidence/batch} with these entries. */
    public static Response recordingAll(String caseId, List<?> entries) {
        return given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("entries", entries)).post("/api/v1/cases/{id}/evidence/batch", caseId);
    }

    /** Records a listing snapshot; returns its sequence number. */
    public static int record(String caseId, int n) {
        return recording(caseId, Map.of("type", "LISTING_SNAPSHOT", "content", Map.of("listingId", "l-" + n,
                "title", "Valve caps for BMW (M logo) n°" + n, "price", Map.of("amount", "4.99", "currency", "EUR"),
                "units", n))).then().statusCode(201).extract().path("sequence");
    }

    public static Response reading(String path, Object... params) {
        return given().header("Authorization", TestTokens.bearer("legal")).get(path, params);
    }
}
