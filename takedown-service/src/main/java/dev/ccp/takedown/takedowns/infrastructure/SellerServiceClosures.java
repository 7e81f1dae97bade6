package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.client.seller.api.ApiException;
import dev.ccp.client.seller.api.SellersApi;
import dev.ccp.client.seller.model.ClosureRequest;
import dev.ccp.takedown.takedowns.application.SellerClosures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@link SellerClosures} through seller-service's generated client: 200 (closed now or before) is success. */
@ApplicationScoped
public class SellerServiceClosures implements SellerClosures {
    private final SellersApi sellers;

    SellerServiceClosures(@RestClient SellersApi sellers) {
        this.sellers = sellers;
    }

    @Override
    public void close(String sellerId, String idempotencyKey, String reason, String reference) {
        String what = "seller-service's closure of seller " + sellerId;
        try {
            sellers.apiV1SellersIdClosurePost(sellerId, idempotencyKey,
                    new ClosureRequest().reason(reason).reference(reference));
        } catch (ApiException e) {
            throw PeerFailures.ofStatus(what, e.getResponse(), e);
        } catch (ProcessingException e) {
            throw PeerFailures.unreachable(what, e);
        }
    }
}
