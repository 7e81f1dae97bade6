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
 * Whether this service has a partner API (a {@link PartnerKeys} bean exists) and whether a token's API key is
 * still active, remembered for at most {@code ccp.partner.key-status-ttl} so that not every request asks the
 * database.
 */
@ApplicationScoped
public class PartnerKeyStatus {
    static final Duration LONGEST_TTL = Duration.ofSeconds(30);

    private final Supplier<Optional<PartnerKeys>> keys;
    private final Cache<String, Boolean> recent;

    @Inject
    PartnerKeyStatus(Instance<PartnerKeys> keys, PartnerConfig config) {
        this(() -> keys.isResolvable() ? Optional.of(keys.get()) : Optional.empty(), config.keyStatusTtl());
    }

    PartnerKeyStatus(Supplier<Optional<PartnerKeys>> keys, Duration ttl) {
        if (ttl.compareTo(LONGEST_TTL) > 0 || ttl.isNegative()) {
            throw new IllegalArgumentException("ccp.partner.key-status-ttl must be between 0 and " + LONGEST_TTL
                    + " (a revoked key must stop working quickly), not " + ttl);
        }
        this.keys = keys;
        this.recent = ttl.isZero() ? null : Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    }

    /** Checks the settings at start, not at the first partner request. */
    void onStart(@Observes StartupEvent start) {
        // constructing the bean validated them
    }

    /** The port, if this service has a partner API; empty leaves the partner edge inactive. */
    public Optional<PartnerKeys> keys() {
        return keys.get();
    }

    /** May block on the port (a database look-up) when the answer is not remembered. */
    public boolean isActive(String keyId) {
        PartnerKeys port = keys().orElse(null);
        if (port == null) {
            return false;
        }
        return recent == null ? port.isActive(keyId) : recent.get(keyId, port::isActive);
    }

    /** The remembered answer for this key, or null if the port must be asked. */
    Boolean remembered(String keyId) {
        return recent == null ? null : recent.getIfPresent(keyId);
    }

    /** Forgets what this replica remembered of these keys (just revoked here); other replicas wait out the TTL. */
    public void forget(Iterable<String> keyIds) {
        if (recent != null) {
            recent.invalidateAll(keyIds);
        }
    }
}
