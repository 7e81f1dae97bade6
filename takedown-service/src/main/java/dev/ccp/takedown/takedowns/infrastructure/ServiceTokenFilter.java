package dev.ccp.takedown.takedowns.infrastructure;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Adds {@link ServiceToken}'s bearer token to every call of the generated listing-service and seller-service
 * clients (registered on them in application.properties: the generated interfaces are not ours to annotate).
 */
public class ServiceTokenFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Arc.container().instance(ServiceToken.class).get().authorization()
                .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, token));
    }
}
