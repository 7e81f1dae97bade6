package dev.ccp.core.partner;

import dev.ccp.core.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * API key → short-lived partner token, with limits that junk cannot turn against real partners: failed exchanges
 * count per client address (as the trusted ingress forwards it) and per presented key id, successful ones per
 * key. An address over its failure budget is refused before its keys are checked; a valid key presented from
 * elsewhere is unaffected, and its own budget is spent by its own exchanges only.
 */
@ApplicationScoped
public class PartnerTokenExchange {
    private final PartnerKeyStatus status;
    private final PartnerTokens tokens;
    private final RateLimiter failuresByAddress;
    private final RateLimiter failuresByKey;
    private final RateLimiter exchangesByKey;
    private final TrustedProxies proxies;

    PartnerTokenExchange(PartnerKeyStatus status, PartnerTokens tokens, PartnerConfig config, Clock clock) {
        this.status = status;
        this.proxies = TrustedProxies.of(config.trustedProxies());
        this.tokens = tokens;
        this.failuresByAddress = new RateLimiter(config.limits().failedExchangesPerMinute(), clock);
        this.failuresByKey = new RateLimiter(config.limits().failedExchangesPerMinute(), clock);
        this.exchangesByKey = new RateLimiter(config.limits().exchangesPerMinute(), clock);
    }

    /**
     * The client's address: the connection's peer, or, when that peer is a trusted proxy, the nearest address in
     * {@code X-Forwarded-For} that is not one ({@link TrustedProxies}).
     */
    public String clientAddress(HttpServerRequest request) {
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress() : request.remoteAddress();
        if (peer == null || peer.hostAddress() == null) {
            return "unknown";
        }
        return proxies.clientOf(peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /** A token for the key {@code presented} proves; otherwise 401, or 429 once over a limit. */
    public PartnerTokens.Issued exchange(String presented, String clientAddress) {
        PartnerKeys keys = status.keys().orElseThrow(() -> new IllegalStateException("no PartnerKeys bean"));
        refuseIfOver(failuresByAddress.secondsUntilAvailable(clientAddress));
        Optional<PartnerKeys.PartnerKey> key = keys.authenticate(presented);
        if (key.isEmpty()) {
            long wait = failuresByAddress.secondsUntilAllowed(clientAddress);
            Optional<String> claimed = keys.claimedKeyId(presented);
            if (claimed.isPresent()) {
                wait = Math.max(wait, failuresByKey.secondsUntilAllowed(claimed.get()));
            }
            refuseIfOver(wait);
            throw ProblemException.unauthorized(PartnerPaths.API_KEY_HEADER + " is missing, unknown or revoked");
        }
        refuseIfOver(exchangesByKey.secondsUntilAllowed(key.get().keyId()));
        return tokens.issue(key.get());
    }

    private static void refuseIfOver(long wait) {
        if (wait > 0) {
            throw ProblemException.tooManyRequests("too many token exchanges", wait);
        }
    }
}
