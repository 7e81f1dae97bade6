package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.takedown.config.TakedownConfig;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The bearer token this service shows the services it calls. The only place it comes from: today the configured
 * {@code takedown.service-token}; a client-credentials flow replaces this class alone.
 */
@ApplicationScoped
@Unremovable // looked up by ServiceTokenFilter, which the REST client makes itself
public class ServiceToken {
    private final TakedownConfig config;

    ServiceToken(TakedownConfig config) {
        this.config = config;
    }

    /** The {@code Authorization} header's value, or empty to send none. */
    public Optional<String> authorization() {
        return config.serviceToken().filter(t -> !t.isBlank()).map(t -> t.startsWith("Bearer ") ? t : "Bearer " + t);
    }
}
