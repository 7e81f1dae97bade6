package dev.ccp.takedown.takedowns.application;

/** listing-service's removal of a listing, and its reinstatement. A port: the step runner says what to remove, an adapter calls it. */
public interface ListingRemovals {

    /**
     * Takes the listing down; a listing removed already counts as removed.
     *
     * @param idempotencyKey the same for every attempt of one takedown's removal
     * @throws PeerCallException when listing-service did not remove it
     */
    void remove(String listingId, String idempotencyKey, String reason, String reference);

    /**
     * Brings a removed listing back (a granted appeal); a listing that is not removed (back already) counts as
     * reinstated.
     *
     * @throws PeerCallException when listing-service did not bring it back
     */
    void reinstate(String listingId, String idempotencyKey, String reason, String reference);
}
