package dev.ccp.listing.partner.api;

import dev.ccp.core.partner.PartnerPaths;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.brand.api.ApiKeyView;
import dev.ccp.listing.brand.api.BrandRequest;
import dev.ccp.listing.brand.api.BrandView;
import dev.ccp.listing.brand.api.IssuedApiKey;
import dev.ccp.listing.brand.application.BrandDetails;
import dev.ccp.listing.brand.application.ManagingApiKeys;
import dev.ccp.listing.brand.application.ProposingBrandChange;
import dev.ccp.listing.brand.domain.ApiKeySecret;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.infrastructure.BrandApiKeyRepository;
import dev.ccp.listing.brand.infrastructure.BrandChangeRepository;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A brand partner reads and edits its own profile and keys; any other brand does not exist for it (404). */
@Extension(name = PartnerPaths.OPENAPI_PROFILE, value = "") // in the brands' own OpenAPI document
@Path("/partner/v1/brands/{brandId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner: brand profile", description = "The brand's own profile, terms, products, sellers and keys")
@SecurityRequirement(name = "partner")
public class PartnerBrandResource {
    private final BrandRepository brands;
    private final BrandApiKeyRepository keys;
    private final BrandChangeRepository changes;
    private final ProposingBrandChange proposing;
    private final ManagingApiKeys apiKeys;
    private final Caller caller;

    PartnerBrandResource(BrandRepository brands, BrandApiKeyRepository keys, BrandChangeRepository changes,
            ProposingBrandChange proposing, ManagingApiKeys apiKeys, Caller caller) {
        this.brands = brands;
        this.keys = keys;
        this.changes = changes;
        this.proposing = proposing;
        this.apiKeys = apiKeys;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The brand's profile: what screens now (active) and its change waiting for approval")
    @APIResponse(responseCode = "404", description = "Not this token's brand")
    public BrandView get(@PathParam("brandId") String brandId) {
        Brand brand = own(brandId);
        return BrandView.of(brand, changes.pendingOf(brand.id).orElse(null), null);
    }

    @PUT
    @Operation(summary = "Replace the brand's terms, products and authorised sellers",
            description = "Trademarks and authorised sellers take effect at once. A change to what screening "
                    + "protects (name, aliases, protected terms, products, prices, reference images) is pending "
                    + "until staff approve it and screens nothing before (202, shown as pendingChange); a new one "
                    + "replaces an earlier pending one. The self-service removal privilege is the platform's to set.")
    @APIResponse(responseCode = "200", description = "Applied; nothing waits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "202", description = "The protected part waits for staff approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandView.class)))
    @APIResponse(responseCode = "404", description = "Not this token's brand")
    @APIResponse(responseCode = "409", description = "Another brand has that name")
    public Response edit(@PathParam("brandId") String brandId, @NotNull @Valid BrandRequest request) {
        Brand brand = own(brandId);
        BrandDetails asked = request.toDetails();
        ProposingBrandChange.Proposed proposed = proposing.propose(brand.id, asked, caller.name());
        return Response.status(proposed.pending().isPresent() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(BrandView.of(proposed.brand(), proposed.pending().orElse(null), null)).build();
    }

    @GET
    @Path("/api-keys")
    @Operation(summary = "The brand's API keys (never their secrets)")
    public List<ApiKeyView> apiKeys(@PathParam("brandId") String brandId) {
        return keys.ofBrand(own(brandId).id).stream().map(ApiKeyView::of).toList();
    }

    @POST
    @Path("/api-keys")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Issue another API key to rotate to", description = "Older keys work until revoked.")
    @APIResponse(responseCode = "201", description = "The new key, shown once")
    public Response issueApiKey(@PathParam("brandId") String brandId) {
        ApiKeySecret secret = apiKeys.issue(own(brandId).id, caller.name(), caller.apiKeyId());
        return Response.status(Response.Status.CREATED).entity(new IssuedApiKey(secret.keyId(), secret.value())).build();
    }

    @DELETE
    @Path("/api-keys/{keyId}")
    @Operation(summary = "Revoke one of the brand's API keys",
            description = "Its tokens stop working, and so does every key issued with its tokens.")
    @APIResponse(responseCode = "404", description = "Not this brand's key")
    public ApiKeyView revokeApiKey(@PathParam("brandId") String brandId, @PathParam("keyId") String keyId) {
        return ApiKeyView.of(apiKeys.revoke(own(brandId).id, keyId, caller.name()));
    }

    /** The token's own brand; another brand's id answers 404 so that its existence does not leak. */
    private Brand own(String brandId) {
        Brand brand = brands.findByIdOrKey(brandId).orElseThrow(() -> ProblemException.notFound("brand", brandId));
        caller.requireOwnBrand(brand.id, "brand", brandId);
        return brand;
    }
}
