package dev.ccp.listing.webhooks.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.partner.PartnerPaths;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.webhooks.application.ManagingWebhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A brand's signed webhooks (Standard Webhooks): it registers receivers and reads what was sent to them; it sees
 * and changes only its own.
 */
@Extension(name = PartnerPaths.OPENAPI_PROFILE, value = "") // in the brands' own OpenAPI document
@Path("/partner/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner: webhooks", description = "Signed notifications when the brand's reports, removals and "
        + "counter-notices change status; docs/webhooks.md tells how to verify them")
@SecurityRequirement(name = "partner")
public class PartnerWebhookResource {
    private final ManagingWebhooks webhooks;
    private final Caller caller;

    PartnerWebhookResource(ManagingWebhooks webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a receiver", description = "HTTPS to a public address. The answer holds the "
            + "signing secret (whsec_...): it is shown this once.")
    @APIResponse(responseCode = "201", description = "Registered; store the secret now")
    @APIResponse(responseCode = "400", description = "The url is not HTTPS, too long, or not a public address")
    @APIResponse(responseCode = "409", description = "The brand has as many endpoints as it may")
    public Response register(@NotNull @Valid WebhookRequest request, @Context UriInfo uri) {
        ManagingWebhooks.WithSecret registered = webhooks.register(caller.brandId(), request.url());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.endpoint().id).build())
                .entity(WebhookViews.Registered.of(registered.endpoint(), registered.secret())).build();
    }

    @GET
    @Operation(summary = "The brand's endpoints, oldest first")
    public List<WebhookViews.Endpoint> list() {
        return webhooks.list(caller.brandId()).stream().map(WebhookViews.Endpoint::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One endpoint")
    @APIResponse(responseCode = "404", description = "No such endpoint of this brand")
    public WebhookViews.Endpoint get(@PathParam("id") String id) {
        return WebhookViews.Endpoint.of(webhooks.get(caller.brandId(), id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint", description = "Its pending deliveries are not sent; its log goes too.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint of this brand")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(caller.brandId(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Rotate the signing secret", description = "The new secret is shown this once. During "
            + "the grace period every delivery carries two signatures (new and previous), so the receiver can "
            + "switch without losing one.")
    @APIResponse(responseCode = "200", description = "The new secret and until when the previous one also signs")
    @APIResponse(responseCode = "404", description = "No such endpoint of this brand")
    public WebhookViews.RotatedSecret rotate(@PathParam("id") String id) {
        ManagingWebhooks.WithSecret rotated = webhooks.rotate(caller.brandId(), id);
        return WebhookViews.RotatedSecret.of(rotated.endpoint(), rotated.secret());
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "The delivery log, newest first", description = "Each delivery with its attempts (time, "
            + "status code, error) and the next retry. A plain array of at most 500 unless ?page=&size= asks for "
            + "a page; ?endpointId= narrows it to one endpoint.")
    @APIResponse(responseCode = "404", description = "endpointId names no endpoint of this brand")
    public Response deliveries(@QueryParam("endpointId") String endpointId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        ManagingWebhooks.DeliveryPage found = webhooks.deliveries(caller.brandId(), endpointId,
                PageRequest.windowOf(asked));
        List<WebhookViews.Delivery> views = found.items().stream().map(WebhookViews.Delivery::of).toList();
        return Response.ok(Page.shaped(asked, views, found.total())).header("X-Total-Count", found.total()).build();
    }
}
