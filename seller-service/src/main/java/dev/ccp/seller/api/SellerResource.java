package dev.ccp.seller.api;

import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.seller.application.ClosingSeller;
import dev.ccp.seller.application.RegisteringSeller;
import dev.ccp.seller.infrastructure.SellerRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers", description = "Seller applications, verification decisions and account lifecycle")
@SecurityRequirement(name = "jwt")
public class SellerResource {
    private final RegisteringSeller registering;
    private final ClosingSeller closing;
    private final SellerRepository sellers;

    SellerResource(RegisteringSeller registering, ClosingSeller closing, SellerRepository sellers) {
        this.registering = registering;
        this.closing = closing;
        this.sellers = sellers;
    }

    @POST
    @RolesAllowed(Roles.MARKETPLACE)
    @Operation(summary = "Apply to sell", description = "Validates and verifies the application synchronously.")
    @APIResponse(responseCode = "201", description = "Account opened with its verification decision")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; nothing is stored")
    public Response apply(@NotNull @Valid SellerApplication application, @Context UriInfo uri) {
        SellerView view = SellerView.of(registering.register(application));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "A seller account and its verification decision")
    @APIResponse(responseCode = "404", description = "No such seller")
    public SellerView get(@PathParam("id") String id) {
        return sellers.findByIdOptional(id).map(SellerView::of)
                .orElseThrow(() -> ProblemException.notFound("seller", id));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.SERVICE, Roles.TRUST_ADMIN})
    @Operation(summary = "Close the account for good",
            description = "Idempotent: a retry with the same Idempotency-Key returns the first answer.")
    @APIResponse(responseCode = "200", description = "The account, now CLOSED")
    @APIResponse(responseCode = "404", description = "No such seller")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request")
    public SellerView close(@PathParam("id") String id,
            @Parameter(required = true, description = "Unique per intended closure, reused on retries")
            @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
            @NotNull @Valid ClosureRequest request) {
        return closing.close(id, idempotencyKey, request);
    }
}
