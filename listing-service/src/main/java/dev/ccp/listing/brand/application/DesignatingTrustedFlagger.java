package dev.ccp.listing.brand.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.domain.TrustedFlagger;
import dev.ccp.listing.brand.domain.TrustedFlaggerChange;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import dev.ccp.listing.brand.infrastructure.TrustedFlaggerChangeRepository;
import dev.ccp.listing.brand.infrastructure.TrustedFlaggerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Staff designate a brand a trusted flagger, or withdraw it (DSA Art. 22), with a note; every change is audited.
 * Setting what already stands changes nothing and audits nothing.
 */
@ApplicationScoped
public class DesignatingTrustedFlagger {
    private final BrandRepository brands;
    private final TrustedFlaggerRepository flaggers;
    private final TrustedFlaggerChangeRepository changes;
    private final Clock clock;

    DesignatingTrustedFlagger(BrandRepository brands, TrustedFlaggerRepository flaggers,
            TrustedFlaggerChangeRepository changes, Clock clock) {
        this.brands = brands;
        this.flaggers = flaggers;
        this.changes = changes;
        this.clock = clock;
    }

    /** Where a brand stands and how it got there, oldest change first. */
    public record Standing(String brandId, boolean trustedFlagger, List<TrustedFlaggerChange> history) {
    }

    @Transactional
    public Standing designate(String brandId, boolean trusted, String note, String actor) {
        // the brand row's lock orders two staff members changing the same brand at once
        brands.findByIdOptional(brandId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("brand", brandId));
        boolean now = flaggers.findByIdOptional(brandId).isPresent();
        if (now != trusted) {
            var at = clock.instant();
            if (trusted) {
                flaggers.persist(new TrustedFlagger(brandId, actor, at));
            } else {
                flaggers.deleteById(brandId);
            }
            changes.persist(new TrustedFlaggerChange(brandId, trusted, note, actor, at));
        }
        return standing(brandId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing standing(String brandId) {
        if (brands.findByIdOptional(brandId).isEmpty()) {
            throw ProblemException.notFound("brand", brandId);
        }
        return new Standing(brandId, flaggers.findByIdOptional(brandId).isPresent(), changes.history(brandId));
    }
}
