package dev.ccp.litigation.evidence.infrastructure;

import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The tree-head signing key pair, read once from configuration; a missing or mismatched pair stops start-up. */
public class EvidenceKeysProducer {

    @Produces
    @Singleton
    @Startup
    EvidenceKeys evidenceKeys(LitigationConfig config) {
        return EvidenceKeys.fromBase64(config.evidence().signingKey(), config.evidence().publicKey());
    }
}
