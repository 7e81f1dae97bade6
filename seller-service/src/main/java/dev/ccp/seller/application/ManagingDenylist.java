package dev.ccp.seller.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.api.DenylistRequest;
import dev.ccp.seller.domain.DenylistEntry;
import dev.ccp.seller.domain.identity.IdentityAttribute;
import dev.ccp.seller.domain.identity.IdentityKind;
import dev.ccp.seller.domain.identity.IdentityNormaliser;
import dev.ccp.seller.infrastructure.DenylistRepository;
import dev.ccp.seller.infrastructure.IdentityGraph;
import dev.ccp.seller.infrastructure.IdentityHasher;
import dev.ccp.seller.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Staff add identities to the denylist (from an account or from outside evidence) and lift entries. */
@ApplicationScoped
public class ManagingDenylist {
    private final DenylistRepository denylist;
    private final SellerRepository sellers;
    private final IdentityGraph graph;
    private final IdentityHasher hasher;
    private final Clock clock;

    ManagingDenylist(DenylistRepository denylist, SellerRepository sellers, IdentityGraph graph, IdentityHasher hasher,
            Clock clock) {
        this.denylist = denylist;
        this.sellers = sellers;
        this.graph = graph;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Returns how many entries are new (an identity already barred by the same source is not added twice). */
    @Transactional
    public int add(DenylistRequest request, String actor) {
        if (request.sellerId() == null && request.attributes() == null) {
            throw ProblemException.badRequest("sellerId", "name an account (sellerId) or give attributes to bar");
        }
        Instant now = clock.instant();
        int added = 0;
        if (request.sellerId() != null) {
            if (sellers.findByIdOptional(request.sellerId()).isEmpty()) {
                throw ProblemException.notFound("seller", request.sellerId());
            }
            added += graph.denylistAccount(request.sellerId(), request.source(), request.reason(), actor, now);
        }
        if (request.attributes() != null) {
            List<IdentityAttribute> attributes = attributesOf(request.attributes());
            if (attributes.isEmpty()) {
                throw ProblemException.badRequest("attributes", "give at least one attribute to bar");
            }
            for (IdentityAttribute attribute : attributes) {
                byte[] hash = hasher.hash(attribute);
                if (denylist.count("kind = ?1 and valueHash = ?2 and source = ?3", attribute.kind(), hash,
                        request.source()) > 0) {
                    continue;
                }
                DenylistEntry entry = new DenylistEntry();
                entry.kind = attribute.kind();
                entry.valueHash = hash;
                entry.source = request.source();
                entry.reason = request.reason();
                entry.createdBy = actor;
                entry.createdAt = now;
                denylist.persist(entry);
                added++;
            }
        }
        return added;
    }

    @Transactional
    public void lift(long id) {
        if (!denylist.deleteById(id)) {
            throw ProblemException.notFound("denylist entry", Long.toString(id));
        }
    }

    private static List<IdentityAttribute> attributesOf(DenylistRequest.Attributes a) {
        List<IdentityAttribute> list = new ArrayList<>();
        if (a.iban() != null) {
            list.add(new IdentityAttribute(IdentityKind.BANK_ACCOUNT, IdentityNormaliser.bankAccount(a.iban())));
        }
        if (a.taxId() != null) {
            list.add(new IdentityAttribute(IdentityKind.TAX_ID, IdentityNormaliser.taxId(a.taxId())));
        }
        if (a.email() != null) {
            if (a.email().indexOf('@') < 1) {
                throw ProblemException.badRequest("attributes.email", "is not an e-mail address");
            }
            list.add(new IdentityAttribute(IdentityKind.EMAIL, IdentityNormaliser.email(a.email())));
        }
        if (a.phone() != null) {
            list.add(new IdentityAttribute(IdentityKind.PHONE, IdentityNormaliser.phone(a.phone(), a.phoneCountry())));
        }
        if (a.documentNumber() != null) {
            if (a.documentCountry() == null) {
                throw ProblemException.badRequest("attributes.documentCountry", "is required with a document number");
            }
            list.add(new IdentityAttribute(IdentityKind.DOCUMENT,
                    IdentityNormaliser.document(a.documentCountry(), a.documentNumber())));
        }
        if (a.deviceId() != null) {
            list.add(new IdentityAttribute(IdentityKind.DEVICE, IdentityNormaliser.device(a.deviceId())));
        }
        return list;
    }
}
