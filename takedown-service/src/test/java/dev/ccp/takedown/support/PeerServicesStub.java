package dev.ccp.takedown.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;

/**
 * listing-service and seller-service as the takedown tests see them: one WireMock server on a free port that both
 * generated clients are pointed at. By default a removal answers 200 REMOVED, a closure 200 CLOSED and a reinstatement 200; a test stubs
 * its own listing or seller otherwise through {@link #admin()}. Calls carry the service's own client-credentials token.
 */
@WithTestResource(value = PeerServicesStub.class, scope = TestResourceScope.GLOBAL)
public class PeerServicesStub implements QuarkusTestResourceLifecycleManager {
    private static final String PORT = "takedown-test.peers-port";

    private WireMockServer server;

    /** The running stub's admin client, for a test's own stubs and checks. */
    public static WireMock admin() {
        return new WireMock("127.0.0.1", Integer.getInteger(PORT));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        System.setProperty(PORT, Integer.toString(server.port()));
        server.stubFor(post(urlPathMatching("/api/v1/listings/[^/]+/removal")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"listing\", \"status\": \"REMOVED\"}")));
        server.stubFor(post(urlPathMatching("/api/v1/sellers/[^/]+/closure")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"seller\", \"status\": \"CLOSED\"}")));
        server.stubFor(post(urlPathMatching("/api/v1/listings/[^/]+/reinstatement")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"listing\", \"status\": \"PUBLISHED\"}")));
        server.stubFor(post(urlPathMatching("/api/v1/sellers/[^/]+/reinstatement")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"seller\", \"status\": \"VERIFIED\"}")));
        server.stubFor(get(urlPathMatching("/api/v1/listings/[^/]+")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"listing\", \"sellerId\": \"someone\", \"status\": \"REMOVED\", "
                                + "\"title\": \"t\", \"quantity\": 1, \"createdAt\": \"" + ListingServiceStub.LISTED_AT
                                + "\", \"updatedAt\": \"" + ListingServiceStub.LISTED_AT + "\"}")));
        String url = "http://127.0.0.1:" + server.port();
        return Map.of(
                "quarkus.rest-client.\"dev.ccp.client.listing.api.ListingsApi\".url", url,
                "quarkus.rest-client.\"dev.ccp.client.seller.api.SellersApi\".url", url);
    }

    /** After {@code CcpInfrastructure}. */
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
