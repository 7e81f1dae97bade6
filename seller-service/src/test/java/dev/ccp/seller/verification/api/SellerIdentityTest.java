package dev.ccp.seller.verification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.support.Applications;
import dev.ccp.seller.support.Sellers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The identity endpoint: what the application gave, masked where it must be, for legal and services only, audited. */
@QuarkusTest
class SellerIdentityTest {
    @Inject
    EntityManager em;

    @Test
    @SuppressWarnings("unchecked")
    void legalReadsTheIdentityAsAppliedWithBankAndDocumentMaskedAndItsLinks() {
        Map<String, Object> application = Applications.valid();
        String id = Sellers.apply(application).then().statusCode(201).extract().path("id");
        Map<String, Object> sibling = Applications.valid();
        sibling.put("taxId", application.get("taxId"));
        String siblingId = Sellers.apply(sibling).then().statusCode(201).extract().path("id");
        Map<String, Object> address = (Map<String, Object>) application.get("address");
        Map<String, Object> document = (Map<String, Object>) application.get("document");
        String iban = ((String) ((Map<String, Object>) application.get("bankAccount")).get("iban")).replace(" ", "");
        String number = (String) document.get("number");

        given().header("Authorization", TestTokens.bearer("legal")).header("X-Purpose", "IPR Center referral 12")
                .get("/api/v1/sellers/{id}/identity", id)
                .then().statusCode(200)
                .body("sellerId", equalTo(id))
                .body("legalName", equalTo(application.get("legalName")))
                .body("displayName", equalTo(application.get("displayName")))
                .body("country", equalTo("ES"))
                .body("email", equalTo(application.get("email")))
                .body("phone", equalTo("+34" + application.get("phone")))
                .body("address.line1", equalTo(address.get("line1")))
                .body("address.city", equalTo("Alicante"))
                .body("address.postalCode", equalTo(address.get("postalCode")))
                .body("taxId", equalTo(application.get("taxId")))
                .body("document.type", equalTo("PASSPORT"))
                .body("document.country", equalTo("ES"))
                .body("document.number", equalTo("****" + number.substring(number.length() - 4)))
                .body("bankAccount.iban", equalTo("****" + iban.substring(iban.length() - 4)))
                .body("bankAccount.iban", not(containsString(iban.substring(4, 12))))
                .body("linkedAccounts.sellerId", contains(siblingId))
                .body("linkedAccounts[0].sharedAttributes", hasItem("TAX_ID"));
        given().header("Authorization", TestTokens.bearer("service")).get("/api/v1/sellers/{id}/identity", id)
                .then().statusCode(200).body("sellerId", equalTo(id));

        List<Object[]> reads = em.createNativeQuery(
                "select read_by, purpose, read_at is not null from identity_read where seller_id = ?1 order by id")
                .setParameter(1, id).getResultList();
        assertThat(reads).extracting(r -> r[0], r -> r[1], r -> r[2]).containsExactly(
                org.assertj.core.groups.Tuple.tuple("test-legal", "IPR Center referral 12", true),
                org.assertj.core.groups.Tuple.tuple("test-service", null, true));
    }

    @Test
    void otherRolesAreRefusedUnknownSellersAre404AndNeitherIsRecordedAsARead() {
        String id = Sellers.applied();
        for (String role : List.of("investigator", "moderator", "trust-admin", "marketplace")) {
            given().header("Authorization", TestTokens.bearer(role)).get("/api/v1/sellers/{id}/identity", id)
                    .then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer("legal")).get("/api/v1/sellers/{id}/identity", "ghost")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("legal")).header("X-Purpose", "x".repeat(501))
                .get("/api/v1/sellers/{id}/identity", id)
                .then().statusCode(400).body("errors.field", hasItem("X-Purpose"));

        assertThat(em.createNativeQuery("select count(*) from identity_read where seller_id in (?1, 'ghost')")
                .setParameter(1, id).getSingleResult()).isEqualTo(0L);
    }
}
