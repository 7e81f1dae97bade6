package dev.ccp.listing.sellers.infrastructure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** seller-service's account API, for a seller whose events have not arrived yet. */
@RegisterRestClient(configKey = "seller-service")
@Path("/api/v1/sellers")
@Produces(MediaType.APPLICATION_JSON)
public interface SellerServiceClient {

    /** Just the part of seller-service's view this service needs. */
    record SellerAccount(String id, String status, Verification verification) {
    }

    record Verification(int score, java.util.List<Reason> reasons) {
    }

    record Reason(String code) {
    }

    @GET
    @Path("/{id}")
    @Timeout(1500)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000,
            skipOn = jakarta.ws.rs.NotFoundException.class)
    SellerAccount get(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);
}
