package dev.ccp.seller.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.seller.infrastructure.SellerRepository;
import dev.ccp.seller.support.Applications;
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

@QuarkusTest
class SellerResourceTest {
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
                .body("errors.field", hasItem("body"));
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.with("document.expiresOn", "next year"))
                .when().post("/api/v1/sellers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("document.expiresOn"));
    }

    @Test
    void anUnknownSellerIsA404Problem() {
        given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/sellers/{id}", "no-such-seller")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-seller"))
                .body("instance", equalTo("/api/v1/sellers/no-such-seller"));
    }

    @Test
    void everyEndpointNeedsAValidTokenWithTheRightRole() {
        given().contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", TestTokens.forgedBearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.expiredBearer("marketplace"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("moderator"))
                .contentType(ContentType.JSON).body(Applications.valid())
                .when().post("/api/v1/sellers")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/sellers/{id}", "x").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Map.of("reason", "COUNTERFEIT"))
                .header("Idempotency-Key", "k-403")
                .when().post("/api/v1/sellers/{id}/closure", "x")
                .then().statusCode(403);
    }

    @Test
    void healthMetricsAndTheApiDocumentAreOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("ccp_outbox_pending"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/sellers/{id}/closure"));
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
