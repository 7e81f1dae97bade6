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

    /** Opens a case for these brands against a seller, with the seller's personal details, and investigates it. */
    public static String investigating(List<String> brandIds, String sellerId) {
        String id = opening(Map.of("title", "Case " + unique("t"), "brandIds", brandIds,
                "sellerIds", List.of(sellerId))).then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("status", "INVESTIGATING")).post("/api/v1/cases/{id}/status", id)
                .then().statusCode(200);
        return id;
    }

    /** A legal staff member's action on the case ({@code /legal/...}). */
    public static Response legal(String caseId, String action, Object body) {
        return given().header("Authorization", TestTokens.bearer("legal")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/cases/{id}/legal/" + action, caseId);
    }

    /** A filing in the EU trade mark court at Alicante, with these co-plaintiffs. */
    public static Map<String, Object> filing(List<String> coPlaintiffs) {
        return Map.of("court", "EU Trade Mark Court, Alicante", "jurisdiction", "ES",
                "docketNumber", unique("ALC"), "filedOn", "2026-03-02",
                "claims", List.of("EU trade mark infringement (Art. 9 EUTMR)"), "coPlaintiffBrandIds", coPlaintiffs);
    }

    public static Response reading(String path, Object... params) {
        return given().header("Authorization", TestTokens.bearer("legal")).get(path, params);
    }
}
