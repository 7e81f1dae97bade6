package dev.ccp.litigation.support;

import dev.ccp.core.partner.PartnerTokens;
import dev.ccp.core.security.Roles;
import dev.ccp.devstack.jwt.LocalKeys;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Partner tokens shaped exactly as listing-service issues them (core's PartnerTokens and its constants: issuer, audience, the
 * {@code partner} group, {@code brand} and {@code key_id} claims), signed with the key the service was told is
 * listing-service's.
 */
public final class BrandTokens {
    private BrandTokens() {
    }

    public static String bearer(String brandId) {
        return "Bearer " + mint(brandId, keys());
    }

    /** The same token signed by a key the service does not trust. */
    public static String forgedBearer(String brandId) {
        try {
            return "Bearer " + mint(brandId, LocalKeys.in(java.nio.file.Files.createTempDirectory("forged-partner")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String mint(String brandId, LocalKeys keys) {
        return Jwt.issuer("https://ccp.local/partner").subject("brand:" + brandId).audience(PartnerTokens.AUDIENCE)
                .groups(Set.of(Roles.PARTNER)).claim(PartnerTokens.BRAND_CLAIM, brandId).claim(PartnerTokens.KEY_CLAIM, "k-" + brandId)
                .expiresIn(Duration.ofMinutes(15)).sign(keys.privateKey());
    }

    private static LocalKeys keys() {
        String dir = System.getProperty(LitigationInfrastructure.PARTNER_KEYS_DIR);
        if (dir == null) {
            throw new IllegalStateException("LitigationInfrastructure has not started");
        }
        return LocalKeys.in(Path.of(dir));
    }
}
