package dev.ccp.litigation.partner.api;

import static dev.ccp.litigation.support.Cases.filing;
import static dev.ccp.litigation.support.Cases.legal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.BrandTokens;
import dev.ccp.litigation.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerCasesTest {

    /** Every partner endpoint, as a request for one case. */
    private static final Map<String, BiFunction<RequestSpecification, String, Response>> ENDPOINTS = Map.of(
            "GET /partner/v1/cases/{id}", (r, id) -> r.get("/partner/v1/cases/{id}", id),
            "POST /authentication-results", (r, id) -> r.contentType(ContentType.JSON)
                    .body(Map.of("results", List.of(Map.of("reference", "tp-1", "counterfeit", true))))
                    .post("/partner/v1/cases/{id}/authentication-results", id),
            "POST /co-plaintiff", (r, id) -> r.contentType(ContentType.JSON).body(Map.of())
                    .post("/partner/v1/cases/{id}/co-plaintiff", id),
            "POST /countersignature", (r, id) -> r.contentType(ContentType.JSON)
                    .body(Map.of("signature", "AAAA", "publicKey", publicKey(ed25519())))
                    .post("/partner/v1/cases/{id}/tree-heads/1/countersignature", id));

    @Test
    void aBrandListsItsOwnCasesOnly() {
        String brand = Cases.unique("b");
        String mine = Cases.investigating(List.of(brand), Cases.unique("s"));
        String theirs = Cases.investigating(List.of(Cases.unique("b")), Cases.unique("s"));
        given().header("Authorization", BrandTokens.bearer(brand)).get("/partner/v1/cases").then().statusCode(200)
                .body("id", equalTo(List.of(mine))).body("[0].status", equalTo("INVESTIGATING"))
                .body("id", not(hasItem(theirs)));
        given().header("Authorization", BrandTokens.bearer(brand)).queryParam("page", 0).queryParam("size", 10)
                .get("/partner/v1/cases").then().statusCode(200).body("total", equalTo(1));
        given().get("/partner/v1/cases").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("legal")).get("/partner/v1/cases").then().statusCode(401);
        given().header("Authorization", BrandTokens.forgedBearer(brand)).get("/partner/v1/cases").then().statusCode(401);
        given().header("Authorization", BrandTokens.bearer(brand)).get("/api/v1/cases/{id}", mine).then().statusCode(401);
    }

    @Test
    void everyPartnerEndpointHidesAnotherBrandsCaseAndRefusesOtherCredentials() {
        String owner = Cases.unique("b");
        String id = Cases.investigating(List.of(owner), Cases.unique("s"));
        legal(id, "filing", filing(List.of(owner))).then().statusCode(200);
        Cases.record(id, 1);
        Cases.reading("/api/v1/cases/{id}/evidence/tree-head", id).then().statusCode(200);
        String stranger = BrandTokens.bearer(Cases.unique("b"));
        ENDPOINTS.forEach((name, call) -> {
            assertThat(call.apply(given().header("Authorization", stranger), id).statusCode())
                    .as(name + " for another brand").isEqualTo(404);
            assertThat(call.apply(given(), id).statusCode()).as(name + " without a token").isEqualTo(401);
            assertThat(call.apply(given().header("Authorization", TestTokens.bearer("legal")), id).statusCode())
                    .as(name + " with a staff token").isEqualTo(401);
            assertThat(call.apply(given().header("Authorization", BrandTokens.forgedBearer(owner)), id).statusCode())
                    .as(name + " with a forged partner token").isEqualTo(401);
            assertThat(call.apply(given().header("Authorization", BrandTokens.bearer(owner)), "no-such-case")
                    .statusCode()).as(name + " for an unknown case").isEqualTo(404);
        });
        Cases.reading("/api/v1/cases/{id}/evidence", id).then().body("size()", equalTo(2)); // nothing was recorded
    }

    @Test
    void onlyCoPlaintiffsSeeTheDefendantsPersonalDetails() {
        String suing = Cases.unique("b");
        String other = Cases.unique("b");
        String seller = Cases.unique("s");
        String id = Cases.investigating(List.of(suing, other), seller);
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", "sup-9", "role", "SUPPLIER", "country", "CN", "name", "Shenzhen Parts Co",
                        "address", "12 Industrial Rd, Shenzhen"))
                .post("/api/v1/cases/{id}/investigation/defendants", id).then().statusCode(200);
        given().header("Authorization", BrandTokens.bearer(suing)).contentType(ContentType.JSON).body(Map.of())
                .post("/partner/v1/cases/{id}/co-plaintiff", id).then().statusCode(409); // no suit yet
        legal(id, "filing", filing(List.of())).then().statusCode(200);

        given().header("Authorization", BrandTokens.bearer(suing)).get("/partner/v1/cases/{id}", id).then()
                .statusCode(200).body("coPlaintiff", equalTo(false)).body("defendants.role", equalTo(List.of("SELLER", "SUPPLIER")))
                .body("defendants.country", equalTo(java.util.Arrays.asList(null, "CN")))
                .body("defendants.sellerId", equalTo(java.util.Arrays.asList(null, null)))
                .body("defendants.name", equalTo(java.util.Arrays.asList(null, null)));
        given().header("Authorization", BrandTokens.bearer(suing)).contentType(ContentType.JSON).body(Map.of())
                .post("/partner/v1/cases/{id}/co-plaintiff", id).then().statusCode(200)
                .body("coPlaintiff", equalTo(true)).body("filing.coPlaintiffBrandIds", equalTo(List.of(suing)))
                .body("defendants.sellerId", equalTo(List.of(seller, "sup-9")))
                .body("defendants.find { it.sellerId == 'sup-9' }.name", equalTo("Shenzhen Parts Co"))
                .body("defendants.find { it.sellerId == 'sup-9' }.address", equalTo("12 Industrial Rd, Shenzhen"));
        given().header("Authorization", BrandTokens.bearer(other)).get("/partner/v1/cases/{id}", id).then()
                .statusCode(200).body("coPlaintiff", equalTo(false))
                .body("defendants.find { it.role == 'SUPPLIER' }.name", nullValue())
                .body("defendants.find { it.role == 'SUPPLIER' }.address", nullValue());
        Cases.reading("/api/v1/cases/{id}/legal", id).then()
                .body("audit.find { it.action == 'CO_PLAINTIFF_JOINED' }.by", equalTo("brand:" + suing));
    }

    @Test
    void aBrandsAuthenticationResultsAreABrandAuthenticationEntry() {
        String brand = Cases.unique("b");
        String id = Cases.investigating(List.of(brand), Cases.unique("s"));
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("results", List.of(Map.of("reference", "test purchase TP-7", "counterfeit", true,
                        "findings", "no VIN-coded hologram; wrong thread pitch"))))
                .post("/partner/v1/cases/{id}/authentication-results", id).then().statusCode(201)
                .body("type", equalTo("BRAND_AUTHENTICATION")).body("sequence", equalTo(1));
        JsonPath entry = Cases.reading("/api/v1/cases/{id}/evidence/1", id).then().statusCode(200).extract().jsonPath();
        assertThat(entry.getString("recordedBy")).isEqualTo("brand:" + brand);
        assertThat(entry.getBoolean("content.results[0].counterfeit")).isTrue();
        assertThat(entry.getString("content.results[0].reference")).isEqualTo("test purchase TP-7");
        assertThat(entry.getString("content.brandId")).isEqualTo(brand);
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("results", List.of(Map.of("reference", " "))))
                .post("/partner/v1/cases/{id}/authentication-results", id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("results[0].reference", "results[0].counterfeit")));
    }

    @Test
    void aCoPlaintiffCountersignsATreeHeadAndAForgedCountersignatureIsRefused() throws Exception {
        String brand = Cases.unique("b");
        String bystander = Cases.unique("b");
        String id = Cases.investigating(List.of(brand, bystander), Cases.unique("s"));
        legal(id, "filing", filing(List.of())).then().statusCode(200);
        KeyPair key = ed25519();
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("publicKey", publicKey(key))).post("/partner/v1/cases/{id}/co-plaintiff", id)
                .then().statusCode(200);
        Cases.record(id, 1);
        JsonPath head = Cases.reading("/api/v1/cases/{id}/evidence/tree-head", id).then().statusCode(200)
                .extract().jsonPath();
        int size = head.getInt("treeSize");
        String statement = head.getString("statement");

        KeyPair mallory = ed25519();
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("signature", sign(mallory, statement)))
                .post("/partner/v1/cases/{id}/tree-heads/{n}/countersignature", id, size).then().statusCode(400)
                .body("errors.field", equalTo(List.of("signature")));
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("signature", sign(key, statement.replace("\"treeSize\":" + size, "\"treeSize\":99"))))
                .post("/partner/v1/cases/{id}/tree-heads/{n}/countersignature", id, size).then().statusCode(400);
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("signature", sign(mallory, statement), "publicKey", publicKey(mallory)))
                .post("/partner/v1/cases/{id}/tree-heads/{n}/countersignature", id, size).then().statusCode(409);
        given().header("Authorization", BrandTokens.bearer(bystander)).contentType(ContentType.JSON)
                .body(Map.of("signature", sign(mallory, statement), "publicKey", publicKey(mallory)))
                .post("/partner/v1/cases/{id}/tree-heads/{n}/countersignature", id, size).then().statusCode(409);
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("signature", sign(key, statement)))
                .post("/partner/v1/cases/{id}/tree-heads/{n}/countersignature", id, 999).then().statusCode(404);

        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("signature", sign(key, statement)))
                .post("/partner/v1/cases/{id}/tree-heads/{n}/countersignature", id, size).then().statusCode(200)
                .body("valid", equalTo(true)).body("treeSize", equalTo(size))
                .body("rootHash", equalTo(head.getString("rootHash")));
        Cases.reading("/api/v1/cases/{id}/evidence/verification", id).then().statusCode(200)
                .body("valid", equalTo(true)).body("countersignatures.size()", equalTo(1))
                .body("countersignatures[0].brandId", equalTo(brand))
                .body("countersignatures[0].treeSize", equalTo(size))
                .body("countersignatures[0].valid", equalTo(true));
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    private static String sign(KeyPair pair, String statement) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(statement.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }
}
