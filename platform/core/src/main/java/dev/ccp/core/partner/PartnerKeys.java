package dev.ccp.core.partner;

import java.util.Optional;

/**
 * The port a service with a partner API implements: it owns the brands' API keys. Without an implementation the
 * partner edge stays inactive (no partner tokens accepted, no limits applied).
 */
public interface PartnerKeys {

    /** The active key that {@code presented} proves, or empty (malformed, unknown, revoked, wrong secret). */
    Optional<PartnerKey> authenticate(String presented);

    /** The key id a presented value names, without checking it; empty if it is not shaped like a key. */
    Optional<String> claimedKeyId(String presented);

    /** Whether the key is known and not revoked. */
    boolean isActive(String keyId);

    record PartnerKey(String keyId, String brandId) {
    }
}
