package dev.ccp.core.partner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether this service has a partner API (a {@link PartnerKeys} bean exists, or it verifies the partner tokens
 * another service issues) and whether a token's API key is still active, remembered for at most
 * {@code ccp.partner.key-status-ttl} so that not every request asks the database. A service that only verifies
 * cannot ask the issuer's keys: there a revoked key's tokens last until they expire
 * ({@code ccp.partner.token.lifetime} at the issuer, 15 minutes by default).
 */
@ApplicationScoped
public class PartnerKeyStatus {
    static final Duration LONGEST_TTL = Duration.ofSeconds(30);

    private final Supplier<Optional<PartnerKeys>> keys;
    private final Cache<String, Boolean> recent;
    private final boolean verifiesOthers;

    @Inject
    PartnerKeyStatus(Instance<PartnerKeys> keys, PartnerConfig config) {
        this(() -> keys.isResolvable() ? Optional.of(keys.get()) : Optional.empty(), config.keyStatusTtl(),
                config.token().privateKeyLocation().isEmpty() && config.token().publicKeyLocation().isPresent());
    }

    PartnerKeyStatus(Supplier<Optional<PartnerKeys>> keys, Duration ttl) {
        this(keys, ttl, false);
    }

    /** @param verifiesOthers the service verifies another service's partner tokens and holds no keys itself */
    PartnerKeyStatus(Supplier<Optional<PartnerKeys>> keys, Duration ttl, boolean verifiesOthers) {
        if (ttl.compareTo(LONGEST_TTL) > 0 || ttl.isNegative()) {
            throw new IllegalArgumentException("ccp.partner.key-status-ttl must be between 0 and " + LONGEST_TTL
                    + " (a revoked key must stop working quickly), not " + ttl);
        }
        this.keys = keys;
        this.verifiesOthers = verifiesOthers;
        this.recent = ttl.isZero() ? null : Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    }

    /** Checks the settings at start, not at the first partner request. */
    void onStart(@Observes StartupEvent start) {
        // constructing the bean validated them
    }

    /** The port, if this service issues partner tokens. */
    public Optional<PartnerKeys> keys() {
        return keys.get();
    }

    /** Whether partner tokens are accepted here: the service issues them, or verifies another service's. */
    public boolean edgeActive() {
        return verifiesOthers || keys().isPresent();
    }

    /** May block on the port (a database look-up) when the answer is not remembered. */
    public boolean isActive(String keyId) {
        PartnerKeys port = keys().orElse(null);
        if (port == null) {
            return verifiesOthers; // the issuer's keys are not ours to ask: the token's expiry bounds a revocation
        }
        return recent == null ? port.isActive(keyId) : recent.get(keyId, port::isActive);
    }

    /** The remembered answer for this key, or null if the port must be asked. */
    Boolean remembered(String keyId) {
        if (keys().isEmpty()) {
            return verifiesOthers;
        }
        return recent == null ? null : recent.getIfPresent(keyId);
    }

    /** Forgets what this replica remembered of these keys (just revoked here); other replicas wait out the TTL. */
    public void forget(Iterable<String> keyIds) {
        if (recent != null) {
            recent.invalidateAll(keyIds);
        }
    }
}
