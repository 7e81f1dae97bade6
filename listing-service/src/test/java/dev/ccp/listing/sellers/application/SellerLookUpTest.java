package dev.ccp.listing.sellers.application;

import static dev.ccp.listing.support.TestListings.listing;
import static dev.ccp.listing.support.TestListings.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.ccp.devstack.test.CcpInfrastructure;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A seller whose events have not arrived yet is asked of seller-service (here a stand-in on a local port that
 * knows every seller whose id starts with {@code verified-}, fails once for {@code flaky-} ones, and only answers
 * a service token signed by the local key); an upload asks about a bounded number of them. The token comes from
 * the local token endpoint, which issues 6-second tokens in these tests (renewed when 3 s are left).
 */
@QuarkusTest
@TestProfile(SellerLookUpTest.WithSellerService.class)
class SellerLookUpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger ASKED = new AtomicInteger();
    private static final Map<String, Integer> ASKED_ABOUT = new ConcurrentHashMap<>();
    private static final List<Use> TOKENS_USED = Collections.synchronizedList(new ArrayList<>());
    private static final HttpServer SELLER_SERVICE = sellerService();

    public static class WithSellerService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.seller-service.url",
                    "http://127.0.0.1:" + SELLER_SERVICE.getAddress().getPort(),
                    "listing.seller-service.lookup-on-miss", "true",
                    "listing.seller-service.lookups-per-upload", "3");
        }
    }

    /** A call seller-service received: when, with which token, and what the token says. */
    private record Use(Instant at, String token, JsonNode claims) {
        long expiresAt() {
            return claims.path("exp").asLong();
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

    @Test
    void aSellerServiceThatFailsOnceIsAskedAgainButAnUnknownSellerIsAskedOnce() {
        String flaky = "flaky-" + TestBrands.uniqueSuffix();
        submit(listing(flaky, "Oak chopping board", "home", "35.00", 3)).statusCode(201)
                .body("status", equalTo("PUBLISHED"));
        assertThat(ASKED_ABOUT.get(flaky)).as("a 503, then the answer").isEqualTo(2);

        String unknown = "unknown-" + TestBrands.uniqueSuffix();
        submit(listing(unknown, "Oak serving tray", "home", "39.00", 3)).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("sellerId"));
        assertThat(ASKED_ABOUT.get(unknown)).as("a 404 is an answer").isEqualTo(1);
    }

    @Test
    void aListingOfASellerSellerServiceDoesNotKnowIsRefusedAndNeverStored() {
        String unknown = "unknown-" + TestBrands.uniqueSuffix();
        submit(listing(unknown, "Oak serving tray", "home", "39.00", 3)).statusCode(422)
                .body("errors.field", hasItem("sellerId"));
        List<Map<String, Object>> upload = List.of(
                listing("verified-" + TestBrands.uniqueSuffix(), "Linen napkins", "home", "14.00", 6),
                listing(unknown, "Linen tablecloth", "home", "34.00", 6));
        given().header("Authorization", TestTokens.bearer("marketplace")).contentType(ContentType.JSON)
                .body(Map.of("listings", upload)).when().post("/api/v1/listings/batch").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("listings[1].sellerId"));
        given().header("Authorization", TestTokens.bearer("moderator")).queryParam("sellerId", unknown)
                .get("/api/v1/listings").then().statusCode(200).body("$", hasSize(0));
        given().header("Authorization", TestTokens.bearer("moderator")).queryParam("sellerId", upload.get(0)
                .get("sellerId")).get("/api/v1/listings").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theServiceTokenComesFromTheTokenEndpointAndIsRenewedBeforeItExpires() throws InterruptedException {
        // the application's first request is slow on a busy machine: the window starts after it
        submit(listing("verified-" + TestBrands.uniqueSuffix(), "Cork coasters", "home", "9.00", 8)).statusCode(201);
        int before = TOKENS_USED.size();
        Instant until = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(until)) {
            submit(listing("verified-" + TestBrands.uniqueSuffix(), "Cork coasters", "home", "9.00", 8))
                    .statusCode(201).body("status", equalTo("PUBLISHED"));
            Thread.sleep(300);
        }
        List<Use> uses;
        synchronized (TOKENS_USED) {
            uses = List.copyOf(TOKENS_USED.subList(before, TOKENS_USED.size()));
        }

        assertThat(uses).allSatisfy(use -> {
            assertThat(use.claims().path("sub").asText()).isEqualTo("listing-service");
            assertThat(use.claims().path("groups").toString()).contains("\"service\"");
            assertThat(use.at().toEpochMilli()).as("sent with at least a second of its life left")
                    .isLessThan((use.expiresAt() - 1) * 1000);
        });
        long tokens = uses.stream().map(Use::token).distinct().count();
        assertThat(tokens).as("10 s of 6-second tokens: renewed").isGreaterThanOrEqualTo(2);
        assertThat(tokens).as("a token serves several calls").isLessThan(uses.size());
    }

    /** seller-service's GET /api/v1/sellers/{id}, for a service token signed by the local key only. */
    private static HttpServer sellerService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/sellers/", exchange -> {
                ASKED.incrementAndGet();
                String id = exchange.getRequestURI().getPath().substring("/api/v1/sellers/".length());
                int asks = ASKED_ABOUT.merge(id, 1, Integer::sum);
                boolean authorised = authorised(exchange.getRequestHeaders().getFirst("Authorization"));
                int status = !authorised ? 401
                        : id.startsWith("flaky-") && asks == 1 ? 503
                        : id.startsWith("verified-") || id.startsWith("flaky-") ? 200 : 404;
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

    /** A bearer JWT whose signature the local public key verifies; recorded with its claims. */
    private static boolean authorised(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String token = authorization.substring("Bearer ".length());
        String[] parts = token.split("\\.");
        try {
            String pem = Files.readString(Path.of(System.getProperty(CcpInfrastructure.KEYS_DIR), "jwt-public.pem"));
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (parts.length != 3 || !rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return false;
            }
            TOKENS_USED.add(new Use(Instant.now(), token, JSON.readTree(Base64.getUrlDecoder().decode(parts[1]))));
            return true;
        } catch (Exception notAToken) {
            return false;
        }
    }
}
