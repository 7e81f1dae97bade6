package dev.ccp.listing.listings.api;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static dev.ccp.listing.support.TestListings.submitted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.SellerEvents;
import dev.ccp.listing.support.TestBrands;
import dev.ccp.listing.support.TestListings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input that cannot hurt: malformed ids, oversized or deep JSON and absurd pages are refused naming the field. */
@QuarkusTest
class ListingInputLimitsTest {

    @Test
    void aListingWhoseSellerIdIsMalformedIsRefusedNamingItAndNeverStored() {
        String injected = "' OR 1=1 --";
        submit(listing(injected, "Walnut desk organiser", "home", "29.00", 1)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sellerId"));
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Map.of("listings", List.of(listing(SellerEvents.verifiedSeller(), "Oak tray", "home", "19.00", 1),
                        listing("seller\u0000id", "Oak board", "home", "19.00", 1))))
                .post("/api/v1/listings/batch").then().statusCode(400)
                .body("errors.field", hasItem("listings[1].sellerId"));
        given().header("Authorization", TestTokens.bearer("moderator")).queryParam("sellerId", injected)
                .get("/api/v1/listings").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aPageSoDeepItsOffsetWouldOverflowIsABadRequest() {
        for (String path : List.of("/api/v1/listings", "/api/v1/brands")) {
            given().header("Authorization", TestTokens.bearer("trust-admin")).queryParam("page", Integer.MAX_VALUE)
                    .get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("page"));
        }
    }

    @Test
    void reportEvidenceIsBoundedInSizeAndDepth() {
        TestBrands.Registered brand = TestBrands.registerFresh();
        String listed = submitted(listing(SellerEvents.verifiedSeller(), "Canvas tote", "home", "15.00", 1));
        String token = "Bearer " + TestBrands.partnerToken(brand.apiKey());
        Map<String, Object> deep = new HashMap<>(Map.of("note", "bottom"));
        for (int i = 0; i < 12; i++) {
            deep = new HashMap<>(Map.of("inner", deep));
        }
        for (Object evidence : List.of(Map.of("note", "x".repeat(70_000)), deep)) {
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(listed), "evidence", evidence))
                    .post("/partner/v1/violation-reports").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("evidence"));
        }
        TestListings.get(listed).body("status", equalTo("PUBLISHED")).body("screening.signals.code",
                org.hamcrest.Matchers.not(hasItem("REPORTED_BY_BRAND")));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("type", "COUNTERFEIT", "listingIds", List.of(listed),
                        "evidence", Map.of("note", "test purchase", "photos", List.of("https://example.test/1.jpg"))))
                .post("/partner/v1/violation-reports").then().statusCode(201);
    }

    @Test
    void aBodyOverTheServicesLimitIsRefusedBeforeItIsReadWithAProblemNamingTheLimit() throws Exception {
        // announced, not sent: the service answers from the header and a client writing 9 MB would see a broken pipe
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/listings HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: " + TestTokens.bearer("marketplace") + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 9 * 1024 * 1024 + "\r\n\r\n{\"sellerId\":").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // the service closes the connection after its answer: the rest of the body is never read
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":413").contains("at most 8388608 bytes (8 MiB)");
        }
    }
}
