package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.client.listing.api.ApiException;
import dev.ccp.client.listing.api.ListingsApi;
import dev.ccp.client.listing.model.ActionRequest;
import dev.ccp.takedown.takedowns.application.ListingRemovals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@link ListingRemovals} through listing-service's generated client: 200 (removed now or before) is success. */
@ApplicationScoped
public class ListingServiceRemovals implements ListingRemovals {
    private final ListingsApi listings;

    ListingServiceRemovals(@RestClient ListingsApi listings) {
        this.listings = listings;
    }

    @Override
    public void remove(String listingId, String idempotencyKey, String reason, String reference) {
        String what = "listing-service's removal of listing " + listingId;
        try {
            listings.apiV1ListingsIdRemovalPost(listingId, idempotencyKey,
                    new ActionRequest().reason(reason).reference(reference));
        } catch (ApiException e) {
            throw PeerFailures.ofStatus(what, e.getResponse(), e);
        } catch (ProcessingException e) {
            throw PeerFailures.unreachable(what, e);
        }
    }
}
