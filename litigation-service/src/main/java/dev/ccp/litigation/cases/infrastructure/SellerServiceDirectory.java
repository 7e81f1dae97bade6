package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.client.seller.model.LinkView;
import dev.ccp.client.seller.model.SellerIdentityAddress;
import dev.ccp.client.seller.model.SellerIdentityView;
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
 * rather than open a case without the seller's cluster. The identity comes from seller-service's audited identity
 * endpoint (its document and bank account masked there), with the purpose recorded.
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
                .map(SellerServiceDirectory::linked).toList();
    }

    @Override
    public SellerIdentity identityOf(String sellerId) {
        return asking("the identity of seller " + sellerId, () -> calls.identity(sellerId))
                .map(s -> of(sellerId, s))
                .orElseGet(() -> new SellerIdentity(sellerId, null, null, null, null, null, null, NO_ADDRESS, null,
                        List.of()));
    }

    private static SellerIdentity of(String sellerId, SellerIdentityView seller) {
        SellerIdentityAddress a = seller.getAddress();
        Address address = a == null ? NO_ADDRESS : new Address(a.getLine1(), a.getCity(), a.getPostalCode(),
                a.getCountry());
        List<LinkedAccount> links = seller.getLinkedAccounts() == null ? List.of() : seller.getLinkedAccounts()
                .stream().filter(l -> l.getSellerId() != null && !l.getSellerId().equals(sellerId))
                .map(SellerServiceDirectory::linked).toList();
        return new SellerIdentity(sellerId, seller.getLegalName(), seller.getDisplayName(), seller.getCountry(),
                seller.getStatus(), seller.getEmail(), seller.getPhone(), address, seller.getTaxId(), links);
    }

    private static LinkedAccount linked(LinkView l) {
        return new LinkedAccount(l.getSellerId(), l.getStatus(),
                l.getSharedAttributes() == null ? List.of() : List.copyOf(l.getSharedAttributes()));
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
