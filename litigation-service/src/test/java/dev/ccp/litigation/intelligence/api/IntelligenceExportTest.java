package dev.ccp.litigation.intelligence.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.litigation.support.BrandTokens;
import dev.ccp.litigation.support.Cases;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The intelligence export: confirmed counterfeiters only, with the facts the ledgers hold about them and where each
 * comes from; legal staff only; every export recorded before it is sent.
 */
@QuarkusTest
class IntelligenceExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aConfirmedCasesSellerIsExportedWithIdentityShipFromAndLinksEachCitingItsEntries() throws Exception {
        String seller = Cases.unique("s");
        String linked = Cases.unique("s");
        String caseId = Cases.open(seller);
        int oldIdentity = record(caseId, "SELLER_IDENTITY", identity(seller, "Calle Vieja 1", "Elche", linked));
        int confirmation = record(caseId, "LISTING_SNAPSHOT", Map.of("listingId", "l-1", "sellerId", seller,
                "brandIds", List.of("b-bmw"), "title", "Valve caps M logo",
                "shipFrom", Map.of("city", "Valencia", "country", "ES")), UUID.randomUUID().toString());
        int purchase = record(caseId, "TEST_PURCHASE", Map.of("orderId", "tp-1", "shipFrom", "Shenzhen, CN"));
        int latestIdentity = record(caseId, "SELLER_IDENTITY", identity(seller, "Calle Mayor 7", "Alicante", linked));

        Response answer = export("IPR_CENTER", "Operation Chain Reaction: customs alert", caseId);
        answer.then().statusCode(200).contentType("application/x-ndjson");
        List<JsonNode> records = lines(answer);

        assertThat(records).hasSize(1);
        JsonNode record = records.get(0);
        assertThat(record.get("sellerId").asText()).isEqualTo(seller);
        assertThat(texts(record.get("caseIds"))).containsExactly(caseId);
        assertThat(texts(record.get("brandIds"))).containsExactly("b-bmw");
        JsonNode identity = record.get("identity");
        assertThat(identity.get("legalName").asText()).isEqualTo("Torres Market S.L.");
        assertThat(identity.get("taxId").asText()).isEqualTo("B12345678");
        assertThat(identity.get("email").asText()).isEqualTo("ana@example.es");
        assertThat(identity.at("/source/sequence").asInt()).isEqualTo(latestIdentity);
        assertThat(record.get("addresses")).extracting(a -> a.get("city").asText())
                .containsExactlyInAnyOrder("Elche", "Alicante");
        assertThat(record.get("shipFrom")).extracting(l -> l.has("location") ? l.get("location").asText()
                : l.get("city").asText() + "/" + l.get("country").asText())
                .containsExactly("Alicante/ES", "Valencia/ES", "Shenzhen, CN");
        assertThat(sequences(record.get("shipFrom").get(1).get("sources"))).containsExactly(confirmation);
        assertThat(sequences(record.get("shipFrom").get(2).get("sources"))).containsExactly(purchase);
        JsonNode link = record.get("linkedAccounts").get(0);
        assertThat(link.get("sellerId").asText()).isEqualTo(linked);
        assertThat(texts(link.get("sharedAttributes"))).containsExactly("BANK_ACCOUNT", "PHONE");
        assertThat(link.at("/source/sequence").asInt()).isEqualTo(latestIdentity);
        assertThat(sequences(record.get("evidence")))
                .containsExactly(oldIdentity, confirmation, purchase, latestIdentity);
    }

    @Test
    void onlyTheSellersOfAConfirmedCaseAreExportedAndAnEntryNamingNoSellerOfSeveralIsNobodys() throws Exception {
        String first = Cases.unique("s");
        String second = Cases.unique("s");
        String influencer = Cases.unique("i");
        String caseId = Cases.open(first, second);
        given().header("Authorization", TestTokens.bearer("investigator")).contentType(ContentType.JSON)
                .body(Map.of("sellerId", influencer, "role", "INFLUENCER", "country", "ES", "name", "@moda.fake"))
                .post("/api/v1/cases/{id}/investigation/defendants", caseId).then().statusCode(200);
        record(caseId, "SELLER_IDENTITY", identity(influencer, "Calle Sol 3", "Madrid", Cases.unique("s")));
        record(caseId, "LISTING_SNAPSHOT", Map.of("listingId", "l-5", "sellerId", first, "title", "M caps",
                "shipFrom", Map.of("city", "Murcia", "country", "ES")), UUID.randomUUID().toString());
        record(caseId, "TEST_PURCHASE", Map.of("orderId", "tp-5", "shipFrom", Map.of("city", "Ningbo", "country", "CN")));

        List<JsonNode> records = lines(export("CBP", "border alert", caseId));

        assertThat(records).extracting(r -> r.get("sellerId").asText()).containsExactlyInAnyOrder(first, second);
        JsonNode firstRecord = records.stream().filter(r -> r.get("sellerId").asText().equals(first)).findFirst()
                .orElseThrow();
        assertThat(firstRecord.get("shipFrom")).extracting(l -> l.get("city").asText()).containsExactly("Murcia");
        assertThat(firstRecord.get("identity").isNull()).isTrue();
        JsonNode secondRecord = records.stream().filter(r -> r.get("sellerId").asText().equals(second)).findFirst()
                .orElseThrow();
        assertThat(secondRecord.get("shipFrom")).isEmpty();
        assertThat(secondRecord.get("evidence")).isEmpty();
    }

    @Test
    void anUnconfirmedCasesSellerIsNeverExportedHoweverMuchIsKnownAboutIt() throws Exception {
        String seller = Cases.unique("s");
        String caseId = Cases.open(seller);
        record(caseId, "SELLER_IDENTITY", identity(seller, "Calle Mayor 7", "Alicante", Cases.unique("s")));
        record(caseId, "LISTING_SNAPSHOT", Map.of("listingId", "l-2", "sellerId", seller, "title", "BMW keyring"));
        record(caseId, "NOTE", Map.of("action", "NOTE", "text", "looks counterfeit to me"));
        // staff cannot stand in for a brand: only the partner API's authentication confirms
        record(caseId, "BRAND_AUTHENTICATION", Map.of("action", "BRAND_AUTHENTICATION", "brandId", "b-bmw",
                "results", List.of(Map.of("reference", "tp-1", "counterfeit", true))));

        export("EUROPOL", "cross-border network", caseId).then().statusCode(409)
                .contentType("application/problem+json");
        Response all = export("CBP", "shipments at the border", null);
        all.then().statusCode(200);
        assertThat(lines(all)).extracting(r -> r.get("sellerId").asText()).doesNotContain(seller);
        assertThat(lines(all)).flatExtracting(r -> texts(r.get("caseIds"))).doesNotContain(caseId);
    }

    @Test
    void aBrandsAuthenticationOrAJudgmentForThePlaintiffConfirmsACaseAndAJudgmentForTheDefendantsDoesNot() {
        String brand = Cases.unique("b");
        String authenticatedSeller = Cases.unique("s");
        String authenticated = Cases.investigating(List.of(brand), authenticatedSeller);
        given().header("Authorization", BrandTokens.bearer(brand)).contentType(ContentType.JSON)
                .body(Map.of("results", List.of(Map.of("reference", "tp-9", "counterfeit", true))))
                .post("/partner/v1/cases/{id}/authentication-results", authenticated).then().statusCode(201);

        String judgedSeller = Cases.unique("s");
        String judged = Cases.investigating(List.of("b-cartier"), judgedSeller);
        Cases.legal(judged, "filing", Cases.filing(List.of())).then().statusCode(200);
        Cases.legal(judged, "judgment", Map.of("forPlaintiff", true, "enteredOn", "2026-06-01")).then().statusCode(200);

        String acquittedSeller = Cases.unique("s");
        String acquitted = Cases.investigating(List.of("b-cartier"), acquittedSeller);
        record(acquitted, "LISTING_SNAPSHOT", Map.of("listingId", "l-4", "sellerId", acquittedSeller, "title", "bracelet"),
                UUID.randomUUID().toString());
        Cases.legal(acquitted, "filing", Cases.filing(List.of())).then().statusCode(200);
        Cases.legal(acquitted, "judgment", Map.of("forPlaintiff", false, "enteredOn", "2026-06-01")).then()
                .statusCode(200);

        assertThat(sellersIn(export("HSI", "brand-authenticated case", authenticated))).containsExactly(authenticatedSeller);
        assertThat(sellersIn(export("HSI", "judged case", judged))).containsExactly(judgedSeller);
        export("HSI", "acquitted", acquitted).then().statusCode(409);
    }

    @Test
    void everyExportIsRecordedAndNotedInTheLedgerOfEachCaseItDrewOn() throws Exception {
        String seller = Cases.unique("s");
        String caseId = Cases.open(seller);
        record(caseId, "LISTING_SNAPSHOT", Map.of("listingId", "l-3", "sellerId", seller, "title", "M caps"),
                UUID.randomUUID().toString());

        Response answer = export("UK_PIPCU", "referral 2026-17", caseId);
        answer.then().statusCode(200);
        String exportId = answer.header("X-Export-Id");
        assertThat(answer.header("X-Export-Records")).isEqualTo("1");

        JsonPath exports = given().header("Authorization", TestTokens.bearer("legal"))
                .get("/api/v1/intelligence/exports?size=100").then().statusCode(200).extract().jsonPath();
        Map<String, Object> recorded = exports.<Map<String, Object>>getList("items").stream()
                .filter(e -> exportId.equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(recorded).containsEntry("agency", "UK_PIPCU").containsEntry("purpose", "referral 2026-17")
                .containsEntry("exportedBy", "test-legal").containsEntry("caseFilter", caseId)
                .containsEntry("records", 1).containsEntry("sellerIds", List.of(seller))
                .containsEntry("caseIds", List.of(caseId));
        assertThat(exports.getInt("total")).isGreaterThanOrEqualTo(1);

        List<Map<String, Object>> ledger = Cases.reading("/api/v1/cases/{id}/evidence", caseId).then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> note = ledger.get(ledger.size() - 1);
        assertThat(note.get("type")).isEqualTo("NOTE");
        assertThat((Map<String, Object>) note.get("content")).containsEntry("action", "INTELLIGENCE_EXPORT")
                .containsEntry("agency", "UK_PIPCU").containsEntry("purpose", "referral 2026-17")
                .containsEntry("by", "test-legal").containsEntry("exportId", exportId);
        Cases.reading("/api/v1/cases/{id}/evidence/verification", caseId).then().body("valid", equalTo(true));
    }

    @Test
    void onlyLegalStaffExportAndOnlyForANamedAgencyAndPurpose() {
        for (String role : List.of("investigator", "moderator", "trust-admin", "marketplace", "service")) {
            given().header("Authorization", TestTokens.bearer(role))
                    .get("/api/v1/intelligence?agency=CBP&purpose=x").then().statusCode(403);
            given().header("Authorization", TestTokens.bearer(role))
                    .get("/api/v1/intelligence/exports").then().statusCode(403);
        }
        export("CBP", null, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("purpose"));
        export(null, null, null).then().statusCode(400).body("errors.field", hasItems("agency", "purpose"));
        export("INTERPOL", "x".repeat(501), null).then().statusCode(400)
                .body("errors.field", hasItems("agency", "purpose"));
        export("CBP", "border", "no-such-case").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("legal")).get("/api/v1/intelligence/exports?size=101")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    private static Map<String, Object> identity(String seller, String line1, String city, String linked) {
        Map<String, Object> identity = new HashMap<>();
        identity.put("sellerId", seller);
        identity.put("legalName", "Torres Market S.L.");
        identity.put("displayName", "Moda Shop");
        identity.put("country", "ES");
        identity.put("status", "CLOSED");
        identity.put("email", "ana@example.es");
        identity.put("phone", "+34612345678");
        identity.put("address", Map.of("line1", line1, "city", city, "postalCode", "03001", "country", "ES"));
        identity.put("taxId", "B12345678");
        identity.put("linkedAccounts", List.of(Map.of("sellerId", linked, "status", "REJECTED",
                "sharedAttributes", List.of("BANK_ACCOUNT", "PHONE"))));
        identity.put("source", "seller-service");
        return identity;
    }

    private static int record(String caseId, String type, Map<String, Object> content) {
        return record(caseId, type, content, null);
    }

    private static int record(String caseId, String type, Map<String, Object> content, String sourceEventId) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "content", content));
        if (sourceEventId != null) {
            body.put("sourceEventId", sourceEventId);
        }
        return Cases.recording(caseId, body).then().statusCode(201).extract().path("sequence");
    }

    private static Response export(String agency, String purpose, String caseId) {
        var request = given().header("Authorization", TestTokens.bearer("legal"));
        if (agency != null) {
            request.queryParam("agency", agency);
        }
        if (purpose != null) {
            request.queryParam("purpose", purpose);
        }
        if (caseId != null) {
            request.queryParam("caseId", caseId);
        }
        return request.get("/api/v1/intelligence");
    }

    private static List<String> sellersIn(Response answer) {
        answer.then().statusCode(200);
        try {
            return lines(answer).stream().map(r -> r.get("sellerId").asText()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> lines(Response answer) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : answer.asString().split("\n")) {
            if (!line.isBlank()) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<Integer> sequences(JsonNode refs) {
        List<Integer> sequences = new ArrayList<>();
        refs.forEach(r -> sequences.add(r.get("sequence").asInt()));
        return sequences;
    }
}
