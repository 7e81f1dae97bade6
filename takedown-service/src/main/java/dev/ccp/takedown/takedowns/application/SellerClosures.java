package dev.ccp.takedown.takedowns.application;

/** seller-service's closure of an account, and its reinstatement. A port, like {@link ListingRemovals}. */
public interface SellerClosures {

    /**
     * Closes the account; an account closed already counts as closed.
     *
     * @throws PeerCallException when seller-service did not close it
     */
    void close(String sellerId, String idempotencyKey, String reason, String reference);

    /**
     * Lets the account sell again (a granted appeal); an account that is not closed or suspended counts as
     * reinstated.
     *
     * @throws PeerCallException when seller-service did not reinstate it
     */
    void reinstate(String sellerId, String reason);
}
