package dev.ccp.listing.benchmark;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.listings.api.ListingRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The benchmark's yardstick: the same request body, validated the same way, stored as one plain row, with no
 * screening and no event. Answers 404 unless {@code listing.benchmark.baseline-endpoint=true}.
 */
@Path("/api/v1/benchmark/baseline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmark", description = "Only enabled for the screening benchmark")
@SecurityRequirement(name = "jwt")
public class BaselineResource {
    private final EntityManager em;
    private final boolean enabled;

    BaselineResource(EntityManager em,
            @ConfigProperty(name = "listing.benchmark.baseline-endpoint", defaultValue = "false") boolean enabled) {
        this.em = em;
        this.enabled = enabled;
    }

    @POST
    @RolesAllowed(Roles.MARKETPLACE)
    @Transactional
    @Operation(summary = "Store a listing body as one plain row (benchmark yardstick)")
    public Response insert(@NotNull @Valid ListingRequest request) {
        if (!enabled) {
            throw new ProblemException(404, "Not found", "the benchmark baseline endpoint is disabled", java.util.List.of());
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into benchmark_baseline (id, seller_id, title, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, request.sellerId()).setParameter(3, request.title())
                .setParameter(4, Instant.now()).executeUpdate();
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id.toString())).build();
    }
}
