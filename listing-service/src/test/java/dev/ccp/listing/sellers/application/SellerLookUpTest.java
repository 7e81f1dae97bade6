package dev.ccp.listing.sellers.application;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpServer;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.listing.support.TestBrands;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A seller whose events have not arrived yet is asked of seller-service (here a stand-in on a local port that knows
 * every seller whose id starts with {@code verified-}); an upload asks about a bounded number of them.
 */
@QuarkusTest
@TestProfile(SellerLookUpTest.WithSellerService.class)
class SellerLookUpTest {
    private static final AtomicInteger ASKED = new AtomicInteger();
    private static final HttpServer SELLER_SERVICE = sellerService();

    public static class WithSellerService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.seller-service.url",
                    "http://127.0.0.1:" + SELLER_SERVICE.getAddress().getPort(),
                    "listing.seller-service.token", "seller-lookup-test-token",
                    "listing.seller-service.lookups-per-upload", "3");
        }
    }

    @Test
    void aSellerNoEventMentionedYetIsAskedOfSellerServiceAndRemembered() {
        String seller = "verified-" + TestBrands.uniqueSuffix();
        submit(listing(seller, "Walnut desk organiser", "home", "29.00", 4)).statusCode(201)
                .body("status", equalTo("PUBLISHED"));
        given().header("Authorization", TestTokens.bearer("moderator"))
                .when().get("/api/v1/seller-standings/{id}", seller)
                .then().statusCode(200).body("status", equalTo("VERIFIED")).body("source", equalTo("lookup"));

        int asked = ASKED.get();
        submit(listing(seller, "Walnut pen tray", "home", "19.00", 4)).statusCode(201)
                .body("status", equalTo("PUBLISHED"));
        assertThat(ASKED.get()).as("asked once, then remembered").isEqualTo(asked);
    }

    @Test
    void anUploadAsksAboutABoundedNumberOfUnseenSellersAndHoldsTheRest() {
        List<Map<String, Object>> upload = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            upload.add(listing("verified-" + TestBrands.uniqueSuffix(), "Linen napkins, set of " + (i + 2), "home",
                    "14.00", 6));
        }
        int asked = ASKED.get();
        List<String> statuses = given().header("Authorization", TestTokens.bearer("marketplace"))
                .contentType(ContentType.JSON).body(Map.of("listings", upload))
                .when().post("/api/v1/listings/batch").then().statusCode(200)
                .extract().path("listings.status");
        assertThat(ASKED.get() - asked).isEqualTo(3);
        assertThat(statuses).containsExactly("PUBLISHED", "PUBLISHED", "PUBLISHED", "HELD", "HELD");
    }

    /** seller-service's GET /api/v1/sellers/{id}, for the service token only. */
    private static HttpServer sellerService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/sellers/", exchange -> {
                ASKED.incrementAndGet();
                String id = exchange.getRequestURI().getPath().substring("/api/v1/sellers/".length());
                boolean authorised = "Bearer seller-lookup-test-token"
                        .equals(exchange.getRequestHeaders().getFirst("Authorization"));
                int status = !authorised ? 401 : id.startsWith("verified-") ? 200 : 404;
                byte[] body = (status == 200 ? "{\"id\":\"" + id + "\",\"status\":\"VERIFIED\","
                        + "\"verification\":{\"score\":0,\"reasons\":[]}}" : "{}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
