package dev.ccp.listing.brand.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.brand.application.ManagingApiKeys;
import dev.ccp.listing.brand.application.RegisteringBrand;
import dev.ccp.listing.brand.domain.ApiKeySecret;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.infrastructure.BrandApiKeyRepository;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/brands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Brands", description = "The brand registry: protected terms, products, authorised sellers, API keys")
@SecurityRequirement(name = "jwt")
public class BrandResource {
    private final RegisteringBrand registering;
    private final ManagingApiKeys apiKeys;
    private final BrandRepository brands;
    private final BrandApiKeyRepository keys;
    private final Caller caller;

    BrandResource(RegisteringBrand registering, ManagingApiKeys apiKeys, BrandRepository brands,
            BrandApiKeyRepository keys, Caller caller) {
        this.registering = registering;
        this.apiKeys = apiKeys;
        this.brands = brands;
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Onboard a brand", description = "Returns the brand's id, key and first API key; the API "
            + "key is shown this once and only its hash is stored.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "A brand of that name (key) is already registered")
    public Response register(@NotNull @Valid BrandRequest request, @Context UriInfo uri) {
        RegisteringBrand.Registered registered = registering.register(request.toDetails(), caller.name());
        Brand brand = registered.brand();
        return Response.created(uri.getAbsolutePathBuilder().path(brand.id).build())
                .entity(new BrandRegistered(brand.id, brand.key, registered.apiKey().value(),
                        registered.apiKey().keyId()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "Registered brands by name", description = "A plain array of at most 500 unless "
            + "?page=&size= asks for a page.")
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        PageRequest window = PageRequest.windowOf(asked);
        List<BrandView> views = brands.findAll(Sort.by("name").and("id")).page(window.page(), window.size()).list()
                .stream().map(BrandView::of).toList();
        long total = brands.count();
        return Response.ok(Page.shaped(asked, views, total)).header("X-Total-Count", total).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "A brand by id or key")
    @APIResponse(responseCode = "200", description = "The brand's profile")
    @APIResponse(responseCode = "404", description = "No such brand")
    public BrandView get(@PathParam("id") String id) {
        return BrandView.of(find(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Replace a brand's profile", description = "Screening uses the new profile at once.")
    @APIResponse(responseCode = "404", description = "No such brand")
    public BrandView edit(@PathParam("id") String id, @NotNull @Valid BrandRequest request) {
        return BrandView.of(registering.edit(find(id).id, request.toDetails()));
    }

    @GET
    @Path("/{id}/api-keys")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "The brand's API keys, active and revoked (never their secrets)")
    public List<ApiKeyView> apiKeys(@PathParam("id") String id) {
        return keys.ofBrand(find(id).id).stream().map(ApiKeyView::of).toList();
    }

    @POST
    @Path("/{id}/api-keys")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Issue another API key (rotation)", description = "Older keys keep working until revoked.")
    @APIResponse(responseCode = "201", description = "The new key, shown once")
    public Response issueApiKey(@PathParam("id") String id) {
        ApiKeySecret secret = apiKeys.issue(find(id).id, caller.name());
        return Response.status(Response.Status.CREATED).entity(new IssuedApiKey(secret.keyId(), secret.value())).build();
    }

    @DELETE
    @Path("/{id}/api-keys/{keyId}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Revoke an API key", description = "It can no longer be exchanged for tokens, its "
            + "tokens stop working, and every key issued with its tokens is revoked too.")
    @APIResponse(responseCode = "404", description = "No such brand or key")
    public ApiKeyView revokeApiKey(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        return ApiKeyView.of(apiKeys.revoke(find(id).id, keyId, caller.name()));
    }

    private Brand find(String idOrKey) {
        return brands.findByIdOrKey(idOrKey).orElseThrow(() -> ProblemException.notFound("brand", idOrKey));
    }
}
