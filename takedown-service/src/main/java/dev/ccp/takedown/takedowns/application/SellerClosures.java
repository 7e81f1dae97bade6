package dev.ccp.takedown.takedowns.application;

/** seller-service's closure of an account. A port, like {@link ListingRemovals}. */
public interface SellerClosures {

    /**
     * Closes the account; an account closed already counts as closed.
     *
     * @throws PeerCallException when seller-service did not close it
     */
    void close(String sellerId, String idempotencyKey, String reason, String reference);
}
