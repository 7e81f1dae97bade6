package dev.ccp.litigation.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * listing-service's brand registry as the intake sees it: a WireMock server on a free port that the generated
 * client is pointed at. By default no brand is registered (404 on its view); a test registers its own with
 * {@link #brand}. Calls carry the service's own client-credentials token.
 */
public class ListingServiceStub implements QuarkusTestResourceLifecycleManager {
    private static final String PORT = "litigation-test.listing-service-port";

    private WireMockServer server;

    public static WireMock admin() {
        return new WireMock("127.0.0.1", Integer.getInteger(PORT));
    }

    public static String path(String brandId) {
        return "/api/v1/brands/" + brandId;
    }

    /** A registered brand of that name, as listing-service's {@code GET /api/v1/brands/{id}} answers it. */
    public static void brand(String brandId, String name) {
        admin().register(get(urlPathEqualTo(path(brandId))).atPriority(5).willReturn(okJson("""
                {"id": "%s", "key": "%s", "name": "%s", "aliases": [], "protectedTerms": ["%s"], "trademarks": [],
                 "products": [], "authorizedSellers": [], "selfServiceRemoval": false,
                 "createdAt": "2025-01-01T00:00:00Z", "updatedAt": "2025-01-01T00:00:00Z"}
                """.formatted(brandId, brandId, name, name.toLowerCase()))));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        System.setProperty(PORT, Integer.toString(server.port()));
        server.stubFor(get(urlPathMatching("/api/v1/brands/[^/]+")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 404, \"title\": \"Not Found\"}")));
        return Map.of("quarkus.rest-client.\"dev.ccp.client.listing.api.BrandsApi\".url",
                "http://127.0.0.1:" + server.port());
    }

    /** After the platform's infrastructure. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
