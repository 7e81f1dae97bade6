package dev.ccp.takedown.takedowns.application;

/** listing-service's removal of a listing. A port: the step runner says what to remove, an adapter calls it. */
public interface ListingRemovals {

    /**
     * Takes the listing down; a listing removed already counts as removed.
     *
     * @param idempotencyKey the same for every attempt of one takedown's removal
     * @throws PeerCallException when listing-service did not remove it
     */
    void remove(String listingId, String idempotencyKey, String reason, String reference);
}
