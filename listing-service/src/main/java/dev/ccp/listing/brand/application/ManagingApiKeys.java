package dev.ccp.listing.brand.application;

import dev.ccp.core.partner.PartnerKeyStatus;
import dev.ccp.core.partner.PartnerKeys;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.domain.ApiKeySecret;
import dev.ccp.listing.brand.domain.BrandApiKey;
import dev.ccp.listing.brand.infrastructure.BrandApiKeyRepository;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Partner API keys: issued (shown once), rotated by issuing a new one while the old still works, revoked.
 * A brand may hold several active keys so a partner can roll its systems over without downtime. A key a partner
 * issues with its token remembers the key behind that token, and revoking a key revokes every key issued with
 * it, transitively: whoever held a leaked key keeps nothing once it is revoked. This is also the partner edge's
 * view of the keys ({@link PartnerKeys}).
 */
@ApplicationScoped
public class ManagingApiKeys implements PartnerKeys {
    private final BrandApiKeyRepository keys;
    private final BrandRepository brands;
    private final PartnerKeyStatus status;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    ManagingApiKeys(BrandApiKeyRepository keys, BrandRepository brands, PartnerKeyStatus status,
            TransactionSynchronizationRegistry transactions, Clock clock) {
        this.keys = keys;
        this.brands = brands;
        this.status = status;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A key issued by staff. */
    @Transactional
    public ApiKeySecret issue(String brandId, String actor) {
        return issue(brandId, actor, null);
    }

    /**
     * A key issued with the partner token of {@code issuingKeyId}, which must still be active: it is locked while
     * this runs, so a revocation of it either comes first (401) or sees and revokes the new key too.
     */
    @Transactional
    public ApiKeySecret issue(String brandId, String actor, String issuingKeyId) {
        if (brands.findByIdOptional(brandId).isEmpty()) {
            throw ProblemException.notFound("brand", brandId);
        }
        if (issuingKeyId != null && keys.findLocked(issuingKeyId)
                .filter(BrandApiKey::active).filter(k -> k.brandId.equals(brandId)).isEmpty()) {
            throw ProblemException.unauthorized("the token's API key has been revoked");
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        BrandApiKey key = new BrandApiKey();
        key.id = secret.keyId();
        key.brandId = brandId;
        key.secretHash = secret.hash();
        key.createdAt = clock.instant();
        key.createdBy = actor;
        key.createdByKey = issuingKeyId;
        keys.persist(key);
        return secret;
    }

    /** Revokes the key and every key issued with it, transitively; answers the key asked for. */
    @Transactional
    public BrandApiKey revoke(String brandId, String keyId, String actor) {
        BrandApiKey key = keys.findLocked(keyId).filter(k -> k.brandId.equals(brandId))
                .orElseThrow(() -> ProblemException.notFound("API key", keyId));
        Instant now = clock.instant();
        key.revoke(now, actor);
        Set<String> revoked = new LinkedHashSet<>(List.of(key.id));
        List<String> generation = List.of(key.id);
        while (!generation.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (BrandApiKey issued : keys.issuedWith(generation)) {
                if (revoked.add(issued.id)) {
                    issued.revoke(now, actor);
                    next.add(issued.id);
                }
            }
            generation = next;
        }
        forgetOnCommit(revoked);
        return key;
    }

    /** The active key a presented API key proves; empty for anything else (unknown, revoked, wrong secret). */
    @Override
    @Transactional
    public Optional<PartnerKey> authenticate(String presented) {
        return ApiKeySecret.parse(presented)
                .flatMap(secret -> keys.findByIdOptional(secret.keyId())
                        .filter(BrandApiKey::active)
                        .filter(key -> secret.matches(key.secretHash)))
                .map(key -> {
                    key.lastUsedAt = clock.instant();
                    return new PartnerKey(key.id, key.brandId);
                });
    }

    @Override
    public Optional<String> claimedKeyId(String presented) {
        return ApiKeySecret.parse(presented).map(ApiKeySecret::keyId);
    }

    @Override
    @Transactional
    public boolean isActive(String keyId) {
        return keys.findByIdOptional(keyId).filter(BrandApiKey::active).isPresent();
    }

    /** This replica stops honouring the revoked keys' tokens at once; the others within the status TTL. */
    private void forgetOnCommit(Set<String> revoked) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome == Status.STATUS_COMMITTED) {
                    status.forget(revoked);
                }
            }
        });
    }
}
