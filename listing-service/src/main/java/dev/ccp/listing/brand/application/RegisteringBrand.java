package dev.ccp.listing.brand.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.domain.ApiKeySecret;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Staff onboard brands and edit their profiles (at once); every change rebuilds screening's index after commit.
 * Brand names are unique whatever their case or accents.
 */
@ApplicationScoped
public class RegisteringBrand {
    private final BrandRepository brands;
    private final ManagingApiKeys keys;
    private final ManagingRemovalPrivilege privilege;
    private final Event<BrandChanged> changed;
    private final Clock clock;

    RegisteringBrand(BrandRepository brands, ManagingApiKeys keys, ManagingRemovalPrivilege privilege,
            Event<BrandChanged> changed, Clock clock) {
        this.brands = brands;
        this.keys = keys;
        this.privilege = privilege;
        this.changed = changed;
        this.clock = clock;
    }

    public record Registered(Brand brand, ApiKeySecret apiKey) {
    }

    @Transactional
    public Registered register(BrandDetails details, String actor) {
        String key = Brand.keyOf(details.name());
        if (key.isEmpty()) {
            throw ProblemException.badRequest("name", "must contain letters or digits");
        }
        requireUniqueName(details.name(), null);
        Brand brand = new Brand();
        brand.id = UUID.randomUUID().toString();
        brand.key = key;
        brand.createdAt = clock.instant();
        applyProtected(brand, details.protectedParts());
        applyOpen(brand, details);
        brands.persist(brand);
        brands.flush(); // the privilege's audit row refers to the brand
        privilege.set(brand, Boolean.TRUE.equals(details.selfServiceRemoval()), "granted at onboarding", actor);
        ApiKeySecret apiKey = keys.issue(brand.id, actor);
        changed.fire(new BrandChanged(brand.id));
        return new Registered(brand, apiKey);
    }

    /** Staff replace the profile's contents; the key stays what it was so that references keep working. */
    @Transactional
    public Brand edit(String brandId, BrandDetails details, String actor) {
        Brand brand = locked(brandId);
        requireUniqueName(details.name(), brand.id);
        applyProtected(brand, details.protectedParts());
        applyOpen(brand, details);
        privilege.set(brand, Boolean.TRUE.equals(details.selfServiceRemoval()), "brand profile edited", actor);
        changed.fire(new BrandChanged(brand.id));
        return brand;
    }

    /** A brand name no other brand has, folded as keys are; 409 otherwise. */
    public void requireUniqueName(String name, String exceptBrandId) {
        String nameKey = Brand.keyOf(name);
        if (nameKey.isEmpty()) {
            throw ProblemException.badRequest("name", "must contain letters or digits");
        }
        if (brands.nameTaken(nameKey, exceptBrandId)) {
            throw ProblemException.conflict("a brand named '" + name.trim() + "' (or '" + nameKey
                    + "') is already registered");
        }
    }

    Brand locked(String brandId) {
        return brands.findByIdOptional(brandId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("brand", brandId));
    }

    /** What screening protects with: the part a partner's own change waits for staff approval to touch. */
    void applyProtected(Brand brand, BrandChange.Proposal protectedParts) {
        brand.rename(protectedParts.name());
        brand.aliases = new ArrayList<>(protectedParts.aliases());
        brand.protectedTerms = new ArrayList<>(protectedParts.protectedTerms());
        brand.products = new ArrayList<>(protectedParts.products());
        brand.updatedAt = clock.instant();
    }

    /** Trademarks and authorised sellers: they never make screening stricter on anyone. */
    void applyOpen(Brand brand, BrandDetails details) {
        brand.trademarks = details.trademarks() == null ? new ArrayList<>() : new ArrayList<>(details.trademarks());
        brand.authorizedSellers = copy(details.authorizedSellers());
        brand.updatedAt = clock.instant();
    }

    static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>()
                : new ArrayList<>(values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList());
    }
}
