package dev.ccp.listing.brand.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.domain.ApiKeySecret;
import dev.ccp.listing.brand.domain.BrandApiKey;
import dev.ccp.listing.brand.infrastructure.BrandApiKeyRepository;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Partner API keys: issued (shown once), rotated by issuing a new one while the old still works, revoked.
 * A brand may hold several active keys so a partner can roll its systems over without downtime.
 */
@ApplicationScoped
public class ManagingApiKeys {
    private final BrandApiKeyRepository keys;
    private final BrandRepository brands;
    private final Clock clock;

    ManagingApiKeys(BrandApiKeyRepository keys, BrandRepository brands, Clock clock) {
        this.keys = keys;
        this.brands = brands;
        this.clock = clock;
    }

    @Transactional
    public ApiKeySecret issue(String brandId, String actor) {
        if (brands.findByIdOptional(brandId).isEmpty()) {
            throw ProblemException.notFound("brand", brandId);
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        BrandApiKey key = new BrandApiKey();
        key.id = secret.keyId();
        key.brandId = brandId;
        key.secretHash = secret.hash();
        key.createdAt = clock.instant();
        key.createdBy = actor;
        keys.persist(key);
        return secret;
    }

    @Transactional
    public BrandApiKey revoke(String brandId, String keyId, String actor) {
        BrandApiKey key = keys.findByIdOptional(keyId).filter(k -> k.brandId.equals(brandId))
                .orElseThrow(() -> ProblemException.notFound("API key", keyId));
        if (key.active()) {
            key.revokedAt = clock.instant();
            key.revokedBy = actor;
        }
        return key;
    }

    /** The brand an active key belongs to; empty for anything else (unknown, revoked, wrong secret). */
    @Transactional
    public Optional<String> authenticate(String presented) {
        return ApiKeySecret.parse(presented)
                .flatMap(secret -> keys.findByIdOptional(secret.keyId())
                        .filter(BrandApiKey::active)
                        .filter(key -> secret.matches(key.secretHash)))
                .map(key -> {
                    key.lastUsedAt = clock.instant();
                    return key.brandId;
                });
    }
}
