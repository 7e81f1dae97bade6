package dev.ccp.listing.brand.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.infrastructure.BrandChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Staff (trust-admin) approve a partner's pending change, which then screens, or reject it; the change keeps who
 * decided, when and why. A name another brand took meanwhile is a conflict, and the change stays pending.
 */
@ApplicationScoped
public class DecidingBrandChange {
    private final BrandChangeRepository changes;
    private final RegisteringBrand registering;
    private final Event<BrandChanged> changed;
    private final Clock clock;

    DecidingBrandChange(BrandChangeRepository changes, RegisteringBrand registering, Event<BrandChanged> changed,
            Clock clock) {
        this.changes = changes;
        this.registering = registering;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public BrandChange decide(String changeId, boolean approve, String note, String actor) {
        BrandChange change = changes.findByIdOptional(changeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("brand change", changeId));
        if (!change.pending()) {
            throw ProblemException.conflict("brand change " + changeId + " is already " + change.status);
        }
        if (!approve) {
            change.reject(actor, note, clock.instant());
            return change;
        }
        Brand brand = registering.locked(change.brandId);
        registering.requireUniqueName(change.details.name(), brand.id);
        registering.applyProtected(brand, change.details);
        change.approve(actor, note, clock.instant());
        changed.fire(new BrandChanged(brand.id));
        return change;
    }
}
