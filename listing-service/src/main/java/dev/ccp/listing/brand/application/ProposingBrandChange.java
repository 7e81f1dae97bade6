package dev.ccp.listing.brand.application;

import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.infrastructure.BrandChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner edits its own profile. Trademarks and authorised sellers take effect at once (they never make screening
 * stricter on a seller); a change to what screening protects (name, aliases, protected terms, products, their
 * prices and images) waits, pending, for staff approval, replacing any earlier pending one. The self-service
 * removal privilege is staff's to set and stays as it is.
 */
@ApplicationScoped
public class ProposingBrandChange {
    private final RegisteringBrand registering;
    private final BrandChangeRepository changes;
    private final Event<BrandChanged> changed;
    private final Clock clock;

    ProposingBrandChange(RegisteringBrand registering, BrandChangeRepository changes, Event<BrandChanged> changed,
            Clock clock) {
        this.registering = registering;
        this.changes = changes;
        this.changed = changed;
        this.clock = clock;
    }

    /** The brand as it now screens, and the change waiting for approval, if the edit made or kept one. */
    public record Proposed(Brand brand, Optional<BrandChange> pending) {
    }

    @Transactional
    public Proposed propose(String brandId, BrandDetails details, String actor) {
        Brand brand = registering.locked(brandId);
        registering.applyOpen(brand, details);
        changed.fire(new BrandChanged(brand.id));
        BrandChange.Proposal proposal = details.protectedParts();
        Optional<BrandChange> earlier = changes.pendingOf(brand.id);
        if (proposal.equals(activeOf(brand))) {
            earlier.ifPresent(c -> c.supersede(clock.instant())); // back to what is active: nothing waits
            return new Proposed(brand, Optional.empty());
        }
        registering.requireUniqueName(proposal.name(), brand.id);
        earlier.ifPresent(c -> c.supersede(clock.instant()));
        changes.flush(); // one pending change per brand: the earlier one leaves PENDING first
        BrandChange change = BrandChange.proposed(UUID.randomUUID().toString(), brand.id, proposal, actor,
                clock.instant());
        changes.persist(change);
        return new Proposed(brand, Optional.of(change));
    }

    static BrandChange.Proposal activeOf(Brand brand) {
        return new BrandChange.Proposal(brand.name, brand.aliases, brand.protectedTerms, brand.products);
    }
}
