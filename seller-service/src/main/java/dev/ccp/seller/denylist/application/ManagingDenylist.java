package dev.ccp.seller.denylist.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import dev.ccp.seller.denylist.domain.DenylistEntry;
import dev.ccp.seller.denylist.infrastructure.DenylistRepository;
import dev.ccp.seller.verification.domain.IdentityAttribute;
import dev.ccp.seller.verification.domain.IdentityKind;
import dev.ccp.seller.verification.domain.IdentityNormaliser;
import dev.ccp.seller.verification.infrastructure.IdentityHasher;
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
    private final IdentityHasher hasher;
    private final Clock clock;

    ManagingDenylist(DenylistRepository denylist, SellerRepository sellers, IdentityHasher hasher, Clock clock) {
        this.denylist = denylist;
        this.sellers = sellers;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Bars an account's identities (all but its network address) and the given attributes.
     * Returns how many entries are new: an identity already barred by the same source is not added twice.
     */
    @Transactional
    public int add(DenylistIdentities command, String actor) {
        if (command.sellerId() == null && command.attributes() == null) {
            throw ProblemException.badRequest("sellerId", "name an account (sellerId) or give attributes to bar");
        }
        Instant now = clock.instant();
        int added = 0;
        if (command.sellerId() != null) {
            sellers.existing(command.sellerId());
            added += denylist.denylistAccount(command.sellerId(), command.source(), command.reason(), actor, now);
        }
        if (command.attributes() != null) {
            List<IdentityAttribute> attributes = attributesOf(command.attributes());
            if (attributes.isEmpty()) {
                throw ProblemException.badRequest("attributes", "give at least one attribute to bar");
            }
            for (IdentityAttribute attribute : attributes) {
                byte[] hash = hasher.hash(attribute);
                if (denylist.count("kind = ?1 and valueHash = ?2 and source = ?3", attribute.kind(), hash,
                        command.source()) > 0) {
                    continue;
                }
                denylist.persist(DenylistEntry.of(attribute.kind(), hash, command.source(), command.reason(), actor,
                        now));
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

    private static List<IdentityAttribute> attributesOf(DenylistIdentities.Attributes a) {
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
