package dev.ccp.listing.sellers.infrastructure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * seller-service's account API, for a seller whose events have not arrived yet. Its service token comes from the
 * OIDC client filter ({@code quarkus.rest-client.seller-service.providers}); call it through
 * {@link SellerServiceLookUp}, which bounds and retries the call.
 */
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
    SellerAccount get(@PathParam("id") String id);
}
