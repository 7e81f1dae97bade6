package dev.ccp.listing.partner.api;

/** A partner access token: send it as {@code Authorization: Bearer <accessToken>} until it expires. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String brandId) {
}
