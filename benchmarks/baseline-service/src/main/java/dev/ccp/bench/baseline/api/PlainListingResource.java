package dev.ccp.bench.baseline.api;

import dev.ccp.bench.baseline.infrastructure.PlainListing;
import dev.ccp.bench.baseline.infrastructure.PlainListingRepository;
import dev.ccp.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The yardstick of {@code POST /api/v1/listings}: the same body, token check and validation, one insert in one
 * transaction, and nothing else (no screening, no seller look-up, no event).
 */
@Path("/api/v1/plain-listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlainListingResource {
    private final PlainListingRepository listings;

    PlainListingResource(PlainListingRepository listings) {
        this.listings = listings;
    }

    @POST
    @RolesAllowed(Roles.MARKETPLACE)
    @Transactional
    public Response insert(@NotNull @Valid PlainListingRequest request) {
        PlainListing row = new PlainListing();
        row.id = UUID.randomUUID();
        row.sellerId = request.sellerId();
        row.title = request.title();
        row.category = request.category();
        row.priceAmount = request.price().amount();
        row.priceCurrency = request.price().currency();
        row.quantity = request.quantity();
        row.createdAt = Instant.now();
        listings.persist(row);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", row.id.toString())).build();
    }
}
