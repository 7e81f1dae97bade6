package dev.ccp.listing.brand.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.brand.domain.ApiKeySecret;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Onboards brands and edits their profiles; every change rebuilds screening's index after commit. */
@ApplicationScoped
public class RegisteringBrand {
    private final BrandRepository brands;
    private final ManagingApiKeys keys;
    private final Event<BrandChanged> changed;
    private final Clock clock;

    RegisteringBrand(BrandRepository brands, ManagingApiKeys keys, Event<BrandChanged> changed, Clock clock) {
        this.brands = brands;
        this.keys = keys;
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
        if (brands.findByKey(key).isPresent()) {
            throw ProblemException.conflict("a brand with the key '" + key + "' is already registered");
        }
        Brand brand = new Brand();
        brand.id = UUID.randomUUID().toString();
        brand.key = key;
        brand.createdAt = clock.instant();
        apply(brand, details);
        brands.persist(brand);
        ApiKeySecret apiKey = keys.issue(brand.id, actor);
        changed.fire(new BrandChanged(brand.id));
        return new Registered(brand, apiKey);
    }

    /** Replaces the profile's contents; the key stays what it was so that references keep working. */
    @Transactional
    public Brand edit(String brandId, BrandDetails details) {
        Brand brand = brands.findByIdOptional(brandId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("brand", brandId));
        apply(brand, details);
        changed.fire(new BrandChanged(brand.id));
        return brand;
    }

    private void apply(Brand brand, BrandDetails details) {
        brand.name = details.name().trim();
        brand.aliases = copy(details.aliases());
        brand.protectedTerms = copy(details.protectedTerms());
        brand.trademarks = details.trademarks() == null ? new ArrayList<>() : new ArrayList<>(details.trademarks());
        brand.products = details.products() == null ? new ArrayList<>() : new ArrayList<>(details.products());
        brand.authorizedSellers = copy(details.authorizedSellers());
        brand.selfServiceRemoval = Boolean.TRUE.equals(details.selfServiceRemoval());
        brand.updatedAt = clock.instant();
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>()
                : new ArrayList<>(values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList());
    }
}
