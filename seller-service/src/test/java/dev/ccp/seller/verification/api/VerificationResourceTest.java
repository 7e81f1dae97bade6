package dev.ccp.seller.verification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import dev.ccp.seller.support.Applications;
import dev.ccp.seller.support.Sellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Applying to sell: formats checked field by field, the account opened with its decision, and identity links. */
@QuarkusTest
class VerificationResourceTest {
    @Inject
    SellerRepository sellers;

    @Test
    void aValidApplicationOpensAVerifiedAccountWithItsReasons() {
        String id = given().auth().none().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/sellers/"))
                .body("status", equalTo("VERIFIED"))
                .body("verification.score", equalTo(0))
                .body("verification.reasons.code", hasItem("NO_BARRED_LINKS"))
                .body("verification.reasons[0].detail", notNullValue())
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer("investigator"))
                .when().get("/api/v1/sellers/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("VERIFIED"))
                .body("verification.score", equalTo(0))
                // bank account, tax id and document numbers never come back out
                .body(not(containsString("21000418")))
                .body(not(containsString("2100 0418")))
                .body("taxId", org.hamcrest.Matchers.nullValue())
                .body("bankAccount", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void localPhoneFormatsAreReadInTheApplicantsCountry() {
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(germanApplicant("030 1234567"))
                .when().post("/api/v1/sellers")
                .then().statusCode(201).body("status", equalTo("VERIFIED"));
    }

    static Stream<Arguments> invalidApplications() {
        return Stream.of(
                Arguments.of("bankAccount.iban", Applications.with("bankAccount.iban", "ES92 2100 0418 4502 0005 1332"), "mod-97"),
                Arguments.of("bankAccount.iban", Applications.with("bankAccount.iban", "ES91 2100 0418"), "characters"),
                Arguments.of("country", Applications.with("country", "ESP"), "ISO 3166"),
                Arguments.of("country", Applications.with("country", "XX"), "ISO 3166"),
                Arguments.of("address.country", Applications.with("address.country", "EU"), "ISO 3166"),
                Arguments.of("email", Applications.with("email", "owner.example.es"), "not a valid"),
                Arguments.of("email", Applications.with("email", "owner@@example.es"), "not a valid"),
                Arguments.of("email", Applications.with("email", "owner@example"), "not a valid"),
                Arguments.of("email", Applications.with("email", "owner@mailinator.com"), "disposable"),
                Arguments.of("email", Applications.with("email", "owner@eu.guerrillamail.com"), "disposable"),
                Arguments.of("phone", Applications.with("phone", "12"), "phone"),
                Arguments.of("document.expiresOn", Applications.with("document.expiresOn", "2020-01-31"), "expired"),
                Arguments.of("document.type", Applications.with("document.type", "LIBRARY_CARD"), "PASSPORT"),
                Arguments.of("ipAddress", Applications.with("ipAddress", "999.1.1.1"), "IPv4"),
                Arguments.of("legalName", Applications.with("legalName", null), "blank"),
                Arguments.of("bankAccount", Applications.with("bankAccount", null), "null"),
                Arguments.of("document.number", Applications.with("document.number", " "), "blank"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidApplications")
    void anInvalidApplicationIsA400NamingTheFieldAndStoresNothing(String field, Map<String, Object> body,
            String mentions) {
        long before = countSellers();
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sellers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("detail", containsString(field))
                .body("errors.field", hasItem(field))
                .body("errors.message.join(' ')", containsString(mentions))
                .body(not(containsString("Exception")));
        assertThat(countSellers()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonOrHasAWrongTypeIsA400NamingTheField() {
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body("{\"legalName\": ")
                .when().post("/api/v1/sellers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("legalName"))
                .body("detail", org.hamcrest.Matchers.containsString("is not valid JSON at line 1, column"));
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.with("document.expiresOn", "next year"))
                .when().post("/api/v1/sellers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("document.expiresOn"));
    }

    @Test
    void investigatorsSeeWhichAccountsShareWhichAttributes() {
        Map<String, Object> old = Applications.valid();
        String closedId = Sellers.apply(old).then().extract().path("id");
        Sellers.close(closedId);
        Map<String, Object> comeback = Applications.valid();
        comeback.put("bankAccount", old.get("bankAccount"));
        comeback.put("deviceId", old.get("deviceId"));
        String rejectedId = Sellers.apply(comeback).then().body("status", equalTo("REJECTED")).extract().path("id");

        given().header("Authorization", TestTokens.bearer("investigator")).get("/api/v1/sellers/{id}/links", closedId)
                .then().statusCode(200)
                .body("sellerId", contains(rejectedId))
                .body("[0].status", equalTo("REJECTED"))
                .body("[0].sharedAttributes", contains("BANK_ACCOUNT", "DEVICE"));
        given().header("Authorization", TestTokens.bearer("marketplace")).get("/api/v1/sellers/{id}/links", closedId)
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("investigator")).get("/api/v1/sellers/{id}/links", "ghost")
                .then().statusCode(404);
    }

    private Map<String, Object> germanApplicant(String phone) {
        Map<String, Object> application = Applications.with("country", "DE");
        application.put("phone", phone);
        application.put("bankAccount", Map.of("iban", "DE89 3704 0044 0532 0130 00"));
        return application;
    }

    private long countSellers() {
        return QuarkusTransaction.requiringNew().call(sellers::count);
    }
}
