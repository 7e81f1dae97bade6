package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.client.seller.model.SellerView;
import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.litigation.cases.application.SellerDirectory;
import dev.ccp.litigation.cases.application.SellerServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link SellerDirectory} through seller-service's generated client ({@link SellerServiceCalls}), with a service
 * token. A seller seller-service does not know has no links and an identity of nulls; any other failure, a refusal
 * or an open breaker included, is {@link SellerServiceUnavailableException}: the intake waits for seller-service
 * rather than open a case without the seller's cluster. Identity fields seller-service does not answer today
 * (e-mail, phone, address, tax id) are null.
 */
@ApplicationScoped
public class SellerServiceDirectory implements SellerDirectory {
    private static final Address NO_ADDRESS = new Address(null, null, null, null);

    private final SellerServiceCalls calls;

    SellerServiceDirectory(SellerServiceCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<LinkedAccount> linksOf(String sellerId) {
        return asking("the links of seller " + sellerId, () -> calls.links(sellerId)).orElse(List.of()).stream()
                .filter(l -> l.getSellerId() != null && !l.getSellerId().equals(sellerId))
                .map(l -> new LinkedAccount(l.getSellerId(), l.getStatus(),
                        l.getSharedAttributes() == null ? List.of() : List.copyOf(l.getSharedAttributes())))
                .toList();
    }

    @Override
    public SellerIdentity identityOf(String sellerId) {
        List<LinkedAccount> links = linksOf(sellerId);
        return asking("seller " + sellerId, () -> calls.seller(sellerId))
                .map(s -> of(sellerId, s, links))
                .orElseGet(() -> new SellerIdentity(sellerId, null, null, null, null, null, null, NO_ADDRESS, null,
                        links));
    }

    private static SellerIdentity of(String sellerId, SellerView seller, List<LinkedAccount> links) {
        return new SellerIdentity(sellerId, seller.getLegalName(), seller.getDisplayName(), seller.getCountry(),
                seller.getStatus(), null, null, NO_ADDRESS, null, links);
    }

    private static <T> T asking(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Response answer = TransientCallFailure.answerIn(e);
            throw new SellerServiceUnavailableException("seller-service did not give " + what + ": "
                    + (answer == null ? e.getClass().getSimpleName() + ": " + e.getMessage() : "it answered "
                    + answer.getStatus()), e);
        }
    }
}
