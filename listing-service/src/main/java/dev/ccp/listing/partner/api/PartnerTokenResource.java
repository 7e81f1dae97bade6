package dev.ccp.listing.partner.api;

import dev.ccp.core.partner.PartnerPaths;
import dev.ccp.core.partner.PartnerTokenExchange;
import dev.ccp.core.partner.PartnerTokens;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@SecurityScheme(securitySchemeName = "partner", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A partner token from POST /partner/v1/token, scoped to one brand")
@Extension(name = PartnerPaths.OPENAPI_PROFILE, value = "") // in the brands' own OpenAPI document
@Path(PartnerPaths.TOKEN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner: access", description = "Brand partners exchange their API key for a short-lived token")
public class PartnerTokenResource {
    private final PartnerTokenExchange exchange;

    PartnerTokenResource(PartnerTokenExchange exchange) {
        this.exchange = exchange;
    }

    @POST
    @PermitAll // the API key is the credential
    @Operation(summary = "Exchange an API key for a bearer token scoped to the key's brand",
            description = "The token stops working when the key is revoked.")
    @APIResponse(responseCode = "200", description = "A token and its lifetime in seconds")
    @APIResponse(responseCode = "401", description = "The key is missing, unknown or revoked")
    @APIResponse(responseCode = "429", description = "Too many exchanges (failed ones per address and key id)")
    public TokenResponse token(@Parameter(description = "The brand's API key")
            @HeaderParam(PartnerPaths.API_KEY_HEADER) String apiKey, @Context HttpServerRequest http) {
        PartnerTokens.Issued issued = exchange.exchange(apiKey, exchange.clientAddress(http));
        return new TokenResponse(issued.token(), "Bearer", issued.lifetime().toSeconds(), issued.brandId());
    }
}
