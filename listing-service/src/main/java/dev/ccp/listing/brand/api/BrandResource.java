package dev.ccp.listing.brand.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.brand.application.ManagingApiKeys;
import dev.ccp.listing.brand.application.ManagingRemovalPrivilege;
import dev.ccp.listing.brand.application.RegisteringBrand;
import dev.ccp.listing.brand.domain.ApiKeySecret;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.domain.BrandPrivilegeChange;
import dev.ccp.listing.brand.domain.RemovalOutcomes;
import dev.ccp.listing.brand.domain.ReportOutcomes;
import dev.ccp.listing.brand.infrastructure.BrandApiKeyRepository;
import dev.ccp.listing.brand.infrastructure.BrandChangeRepository;
import dev.ccp.listing.brand.infrastructure.BrandPrivilegeChangeRepository;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import jakarta.transaction.Transactional;
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
import java.util.Map;
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
    private final BrandChangeRepository changes;
    private final ManagingRemovalPrivilege privilege;
    private final BrandPrivilegeChangeRepository privilegeChanges;
    private final ReportOutcomes reportOutcomes;
    private final RemovalOutcomes removalOutcomes;
    private final Caller caller;

    BrandResource(RegisteringBrand registering, ManagingApiKeys apiKeys, BrandRepository brands,
            BrandApiKeyRepository keys, BrandChangeRepository changes, ManagingRemovalPrivilege privilege,
            BrandPrivilegeChangeRepository privilegeChanges, ReportOutcomes reportOutcomes,
            RemovalOutcomes removalOutcomes, Caller caller) {
        this.registering = registering;
        this.apiKeys = apiKeys;
        this.brands = brands;
        this.keys = keys;
        this.changes = changes;
        this.privilege = privilege;
        this.privilegeChanges = privilegeChanges;
        this.reportOutcomes = reportOutcomes;
        this.removalOutcomes = removalOutcomes;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Onboard a brand", description = "Returns the brand's id, key and first API key; the API "
            + "key is shown this once and only its hash is stored.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "A brand of that name (in any case or accents) is already registered")
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
        List<Brand> found = brands.findAll(Sort.by("name").and("id")).page(window.page(), window.size()).list();
        Map<String, BrandChange> pending = changes.pendingOf(found.stream().map(b -> b.id).toList());
        List<BrandView> views = found.stream().map(b -> BrandView.of(b, pending.get(b.id), null)).toList();
        long total = brands.count();
        return Response.ok(Page.shaped(asked, views, total)).header("X-Total-Count", total).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "A brand by id or key", description = "With its pending change, its removal privilege "
            + "and its track record: how often its reports were rejected and its removals overturned.")
    @APIResponse(responseCode = "200", description = "The brand's profile")
    @APIResponse(responseCode = "404", description = "No such brand")
    public BrandView get(@PathParam("id") String id) {
        Brand brand = find(id);
        return BrandView.of(brand, changes.pendingOf(brand.id).orElse(null),
                new BrandView.TrackRecord(reportOutcomes.of(brand.id), removalOutcomes.of(brand)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Replace a brand's profile", description = "Screening uses the new profile at once; "
            + "a change of selfServiceRemoval is audited as through the removal-privilege endpoint.")
    @APIResponse(responseCode = "200", description = "The brand as it now screens")
    @APIResponse(responseCode = "404", description = "No such brand")
    @APIResponse(responseCode = "409", description = "Another brand has that name")
    public BrandView edit(@PathParam("id") String id, @NotNull @Valid BrandRequest request) {
        return BrandView.of(registering.edit(find(id).id, request.toDetails(), caller.name()));
    }

    @PUT
    @Path("/{id}/removal-privilege")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Transactional
    @Operation(summary = "Grant or withdraw self-service removal", description = "Granting it again lifts an "
            + "automatic suspension and starts the overturn count afresh. Audited.")
    @APIResponse(responseCode = "200", description = "The brand with its privilege as it now stands")
    @APIResponse(responseCode = "404", description = "No such brand")
    public BrandView setRemovalPrivilege(@PathParam("id") String id, @NotNull @Valid PrivilegeRequest request) {
        Brand brand = brands.findByIdOptional(find(id).id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("brand", id));
        privilege.set(brand, request.granted(), request.reason().trim(), caller.name());
        return BrandView.of(brand);
    }

    /** One audited change of the privilege. */
    public record PrivilegeChangeView(String change, String reason, String actor, java.time.Instant changedAt) {
        static PrivilegeChangeView of(BrandPrivilegeChange c) {
            return new PrivilegeChangeView(c.change.name(), c.reason, c.actor, c.changedAt);
        }
    }

    @GET
    @Path("/{id}/removal-privilege/history")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN})
    @Operation(summary = "Every grant, withdrawal and suspension of the brand's self-service removal, oldest first")
    @APIResponse(responseCode = "200", description = "The audit, oldest first")
    public List<PrivilegeChangeView> removalPrivilegeHistory(@PathParam("id") String id) {
        return privilegeChanges.history(find(id).id).stream().map(PrivilegeChangeView::of).toList();
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
