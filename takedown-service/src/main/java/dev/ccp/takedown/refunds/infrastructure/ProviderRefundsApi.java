package dev.ccp.takedown.refunds.infrastructure;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The provider's refund endpoint (REST client; built by {@link HttpRefundGateway} from takedown.refunds.provider.*). */
@Path("/v1/refunds")
public interface ProviderRefundsApi {

    /** The body on the wire: amount in minor units, ISO 4217 currency, snake_case as the provider's API. */
    record Body(String charge, long amount, String currency, String reason, Map<String, String> metadata) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response create(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, Body body);
}
