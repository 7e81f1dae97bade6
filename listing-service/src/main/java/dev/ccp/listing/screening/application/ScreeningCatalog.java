package dev.ccp.listing.screening.application;

import dev.ccp.listing.brand.application.BrandChanged;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.ImageHashes;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import dev.ccp.listing.screening.domain.BrandProfile;
import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import dev.ccp.listing.screening.domain.CounterfeitMemory;
import dev.ccp.listing.screening.domain.ListingScreener;
import dev.ccp.listing.screening.domain.ScreeningRules;
import dev.ccp.listing.screening.infrastructure.CounterfeitFingerprint;
import dev.ccp.listing.screening.infrastructure.CounterfeitFingerprintRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The screener every request uses: all brands indexed once, plus the memory of confirmed counterfeits. Rebuilt
 * after a brand changes here, and picked up within {@code listing.screening.refresh-interval} when another
 * replica changed it.
 */
@ApplicationScoped
public class ScreeningCatalog {
    private static final Logger LOG = Logger.getLogger(ScreeningCatalog.class);

    private final BrandRepository brands;
    private final CounterfeitFingerprintRepository fingerprints;
    private final EntityManager em;
    private volatile ScreeningRules rules;
    private volatile List<BrandProfile> profiles = List.of();
    private volatile CounterfeitMemory memory = new CounterfeitMemory();
    private volatile ListingScreener screener;
    private volatile String brandsVersion = "";
    private volatile long counterfeitsSeen = -1;
    private volatile boolean brandsChanged;

    /** @param rules this deployment's weights and thresholds, from {@code listing.screening.rules.*} */
    ScreeningCatalog(BrandRepository brands, CounterfeitFingerprintRepository fingerprints, EntityManager em,
            ScreeningRules rules) {
        this.brands = brands;
        this.fingerprints = fingerprints;
        this.em = em;
        this.rules = rules;
    }

    public ListingScreener screener() {
        ListingScreener current = screener;
        if (current == null || brandsChanged) {
            refresh();
            current = screener;
        }
        return current;
    }

    public ScreeningRules rules() {
        return rules;
    }

    /** Screening runs these rules from now on (a promoted configuration); the screener is rebuilt for them. */
    public synchronized void useRules(ScreeningRules promoted) {
        if (!promoted.equals(rules)) {
            rules = promoted;
            screener = null;
        }
    }

    /**
     * A screener over the same brands and confirmed counterfeits as {@link #screener()}, with other rules: what a
     * staged configuration would decide. Built afresh on every call: the caller keeps it while {@link #screener()}
     * stays the same one.
     */
    public ListingScreener screenerWith(ScreeningRules other) {
        screener();
        return new ListingScreener(profiles, other, memory);
    }

    /** The brand a free-text claim means: its id or key, or a brand word in it ("Dior", "LV"). */
    public Optional<String> brandMentioned(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> brands.findByIdOrKey(text.trim()).map(b -> b.id))
                .or(() -> screener().brandsNamedIn(text).stream().findFirst());
    }

    /** Rebuilt on the next screening, not now: onboarding many brands in a row costs one rebuild, not one each. */
    void onBrandChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BrandChanged changed) {
        brandsChanged = true;
    }

    /**
     * A counterfeit being confirmed here is remembered at once, so re-screens in the same transaction see it;
     * other replicas load it on their next refresh.
     */
    public void rememberNow(ConfirmedCounterfeit counterfeit) {
        screener();
        memory.remember(counterfeit);
    }

    void onConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmedCounterfeit counterfeit) {
        counterfeitsSeen++;
    }

    void onConfirmationRolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) ConfirmedCounterfeit counterfeit) {
        memory.forget(counterfeit.listingId());
    }

    @Scheduled(every = "${listing.screening.refresh-interval}", delayed = "${listing.screening.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    synchronized void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] version = (Object[]) em.createNativeQuery(
                    "select count(*), coalesce(max(updated_at)::text, ''), max(version) from brand").getSingleResult();
            String current = version[0] + "/" + version[1] + "/" + version[2];
            long counterfeits = ((Number) em.createNativeQuery("select count(*) from counterfeit_fingerprint")
                    .getSingleResult()).longValue();
            if (counterfeits != counterfeitsSeen) {
                CounterfeitMemory loaded = new CounterfeitMemory();
                fingerprints.streamAll().forEach(f -> loaded.remember(of(f)));
                memory = loaded;
                counterfeitsSeen = counterfeits;
                screener = null; // the screener holds the memory: rebuild it below
            }
            brandsChanged = false;
            if (!current.equals(brandsVersion) || screener == null) {
                profiles = brands.listAll().stream().map(ScreeningCatalog::profileOf).toList();
                screener = new ListingScreener(profiles, rules, memory);
                brandsVersion = current;
                LOG.infof("screening index built: %d brands, %d confirmed counterfeits", profiles.size(), memory.size());
            }
        });
    }

    static ConfirmedCounterfeit of(CounterfeitFingerprint f) {
        return new ConfirmedCounterfeit(f.listingId, f.sellerId, new HashSet<>(f.brandIds), f.words,
                ImageHashes.parseAll(f.imageHashes));
    }

    static BrandProfile profileOf(Brand brand) {
        return new BrandProfile(brand.id, brand.name, brand.protectedWords(), new HashSet<>(brand.authorizedSellers),
                brand.products.stream().map(p -> new BrandProfile.Product(p.sku(), p.name(), p.category(),
                        p.signatureTerms(), p.minPrice() == null ? null : p.minPrice().amount(),
                        p.minPrice() == null ? null : p.minPrice().currency(),
                        ImageHashes.parseAll(p.referenceImageHashes()))).toList());
    }
}
