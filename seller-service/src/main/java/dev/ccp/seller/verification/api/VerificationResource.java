package dev.ccp.seller.verification.api;

import dev.ccp.core.security.Roles;
import dev.ccp.seller.account.api.SellerView;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import dev.ccp.seller.verification.application.ReadingIdentity;
import dev.ccp.seller.verification.application.RegisteringSeller;
import dev.ccp.seller.verification.infrastructure.IdentityGraph;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Applying to sell, verified on arrival, and the identity links verification keeps between accounts. It shares the
 * {@code /api/v1/sellers} root with the account's own endpoints (the REST layer merges the two classes).
 */
@Path("/api/v1/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers", description = "Seller applications, verification decisions and account lifecycle")
@SecurityRequirement(name = "jwt")
public class VerificationResource {
    private final RegisteringSeller registering;
    private final SellerRepository sellers;
    private final IdentityGraph graph;
    private final ReadingIdentity reading;
    private final SecurityIdentity caller;

    VerificationResource(RegisteringSeller registering, SellerRepository sellers, IdentityGraph graph,
            ReadingIdentity reading, SecurityIdentity caller) {
        this.registering = registering;
        this.sellers = sellers;
        this.graph = graph;
        this.reading = reading;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MARKETPLACE)
    @Operation(summary = "Apply to sell", description = "Validates and verifies the application synchronously.")
    @APIResponse(responseCode = "201", description = "Account opened with its verification decision")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; nothing is stored")
    public Response apply(@NotNull @Valid SellerApplication application, @Context UriInfo uri) {
        SellerView view = SellerView.of(registering.register(application.toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}/links")
    // service: litigation-service groups a seller's linked accounts into one case
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.SERVICE})
    @Operation(summary = "Accounts sharing identity attributes with this one, and which attributes")
    @APIResponse(responseCode = "200", description = "The linked accounts, each with the attributes it shares")
    @APIResponse(responseCode = "404", description = "No such seller")
    @Transactional
    public List<LinkView> links(@PathParam("id") String id) {
        sellers.existing(id);
        return LinkView.grouped(graph.linksOf(id));
    }

    @GET
    @Path("/{id}/identity")
    @RolesAllowed({Roles.LEGAL, Roles.SERVICE})
    @Operation(summary = "The seller's identity as the application gave it, and its linked accounts",
            description = "Personal data: every read is recorded (the token's subject, when, which seller, and the "
                    + "X-Purpose given). Bank account and document number are masked but their last four characters.")
    @APIResponse(responseCode = "200", description = "The identity")
    @APIResponse(responseCode = "400", description = "X-Purpose longer than 500 characters")
    @APIResponse(responseCode = "404", description = "No such seller")
    public SellerIdentityView identity(@PathParam("id") String id,
            @Parameter(description = "Why the identity is read (at most 500 characters); kept with the read record")
            @HeaderParam("X-Purpose") String purpose) {
        return SellerIdentityView.of(reading.read(id, caller.getPrincipal().getName(), purpose));
    }
}
