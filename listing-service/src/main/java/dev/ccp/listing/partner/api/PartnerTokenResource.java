package dev.ccp.listing.partner.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.application.ManagingApiKeys;
import dev.ccp.listing.partner.infrastructure.PartnerTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@SecurityScheme(securitySchemeName = "partner", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A partner token from POST /partner/v1/token, scoped to one brand")
@Path("/partner/v1/token")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner: access", description = "Brand partners exchange their API key for a short-lived token")
public class PartnerTokenResource {
    static final String API_KEY_HEADER = "X-API-Key";

    private final ManagingApiKeys apiKeys;
    private final PartnerTokens tokens;

    PartnerTokenResource(ManagingApiKeys apiKeys, PartnerTokens tokens) {
        this.apiKeys = apiKeys;
        this.tokens = tokens;
    }

    @POST
    @PermitAll // the API key is the credential
    @Operation(summary = "Exchange an API key for a bearer token scoped to the key's brand")
    @APIResponse(responseCode = "200", description = "A token and its lifetime in seconds")
    @APIResponse(responseCode = "401", description = "The key is missing, unknown or revoked")
    public TokenResponse token(@Parameter(description = "The brand's API key") @HeaderParam(API_KEY_HEADER) String apiKey) {
        String brandId = apiKeys.authenticate(apiKey).orElseThrow(() -> new ProblemException(401, "Unauthorized",
                API_KEY_HEADER + " is missing, unknown or revoked", List.of()));
        PartnerTokens.Issued issued = tokens.issue(brandId);
        return new TokenResponse(issued.token(), "Bearer", issued.lifetime().toSeconds(), brandId);
    }
}
