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
import java.util.stream.Collectors;

/**
 * seller-service as the intake sees it: a WireMock server on a free port that the generated client is pointed at.
 * By default a seller has no links and is an unknown account (404 on its view); a test stubs its own cluster with
 * {@link #cluster}. Calls carry the service's own client-credentials token.
 */
public class SellerServiceStub implements QuarkusTestResourceLifecycleManager {
    private static final String PORT = "litigation-test.seller-service-port";

    private WireMockServer server;

    public static WireMock admin() {
        return new WireMock("127.0.0.1", Integer.getInteger(PORT));
    }

    /** Sellers linked to each other (each one's links are the others), VERIFIED Spanish shops with an identity. */
    public static void cluster(String... sellerIds) {
        for (String seller : sellerIds) {
            String links = java.util.Arrays.stream(sellerIds).filter(s -> !s.equals(seller))
                    .map(s -> "{\"sellerId\": \"" + s + "\", \"status\": \"VERIFIED\", \"sharedAttributes\": [\"BANK_ACCOUNT\"]}")
                    .collect(Collectors.joining(", ", "[", "]"));
            admin().register(get(urlPathEqualTo("/api/v1/sellers/" + seller + "/links")).atPriority(5)
                    .willReturn(okJson(links)));
            admin().register(get(urlPathEqualTo("/api/v1/sellers/" + seller + "/identity")).atPriority(5)
                    .willReturn(okJson("{\"sellerId\": \"" + seller + "\", \"status\": \"VERIFIED\", \"displayName\": "
                            + "\"Shop " + seller + "\", \"legalName\": \"" + seller + " S.L.\", \"country\": \"ES\", "
                            + "\"email\": \"" + seller + "@example.es\", \"phone\": \"+34 600 000 000\", \"taxId\": "
                            + "\"B12345678\", \"address\": {\"line1\": \"Calle Mayor 1\", \"city\": \"Alicante\", "
                            + "\"postalCode\": \"03001\", \"country\": \"ES\"}, \"linkedAccounts\": " + links + "}")));
        }
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        System.setProperty(PORT, Integer.toString(server.port()));
        server.stubFor(get(urlPathMatching("/api/v1/sellers/[^/]+/links")).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(get(urlPathMatching("/api/v1/sellers/[^/]+(/identity)?")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 404, \"title\": \"Not Found\"}")));
        return Map.of("quarkus.rest-client.\"dev.ccp.client.seller.api.SellersApi\".url",
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
