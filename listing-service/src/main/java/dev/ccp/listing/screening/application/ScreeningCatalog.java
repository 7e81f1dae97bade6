package dev.ccp.listing.screening.application;

import dev.ccp.listing.brand.application.BrandChanged;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.ImageHashes;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import dev.ccp.listing.screening.domain.BrandProfile;
import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import dev.ccp.listing.screening.domain.CounterfeitMemory;
import dev.ccp.listing.screening.domain.ListingScreener;
import dev.ccp.listing.screening.domain.ListingText;
import dev.ccp.listing.screening.domain.ScreeningRules;
import dev.ccp.listing.screening.infrastructure.CounterfeitFingerprint;
import dev.ccp.listing.screening.infrastructure.CounterfeitFingerprintRepository;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The screener every request uses: all brands indexed once, plus the memory of confirmed counterfeits. Rebuilt
 * after a brand changes here, and picked up within {@code listing.screening.refresh-interval} when another
 * replica changed it.
 *
 * <p>The rebuild runs on a thread of its own, never on the request that changed a brand, and is debounced: the
 * changes committed within {@code rebuild-debounce} of the first one cost one rebuild. A screening that starts
 * after a change committed waits for the rebuild (at most {@code rebuild-wait}, then it screens with the index it
 * has), so that what staff just saved screens the next listing.
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
    /** Brand changes committed here, and how many of them the current index has seen. */
    private final AtomicLong brandChanges = new AtomicLong();
    private volatile long indexedChanges;
    private final AtomicBoolean rebuildScheduled = new AtomicBoolean();
    private final Object rebuilt = new Object();
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "screening-index-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration debounce;
    private final Duration maxWait;

    /**
     * @param rules    this deployment's weights and thresholds, from {@code listing.screening.rules.*}
     * @param debounce how long after a brand change the index is rebuilt, gathering the changes meanwhile
     * @param maxWait  the longest a screening waits for a rebuild of changes committed before it started
     */
    ScreeningCatalog(BrandRepository brands, CounterfeitFingerprintRepository fingerprints, EntityManager em,
            ScreeningRules rules, IndexRebuild rebuild) {
        this.brands = brands;
        this.fingerprints = fingerprints;
        this.em = em;
        this.rules = rules;
        this.debounce = rebuild.debounce();
        this.maxWait = rebuild.maxWait();
    }

    /** When the index is rebuilt after a brand change, and how long a screening waits for it. */
    public record IndexRebuild(Duration debounce, Duration maxWait) {
    }

    public ListingScreener screener() {
        ListingScreener current = screener;
        if (current == null) {
            refresh();
            return screener;
        }
        long committed = brandChanges.get();
        if (indexedChanges < committed) {
            awaitIndexOf(committed);
        }
        return screener;
    }

    private void awaitIndexOf(long changes) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        synchronized (rebuilt) {
            while (indexedChanges < changes) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warnf("screening with an index %d brand change(s) behind: the rebuild takes longer than %s",
                            changes - indexedChanges, maxWait);
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(rebuilt, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
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

    /**
     * The brands a listing relates to by its own words, products and images, as screening sees them (a brand the
     * seller is authorised by, or named only to describe compatibility, does not count; evidence on file, such as
     * brands' reports, plays no part).
     */
    public java.util.Set<String> brandsConcernedBy(ListingText listing) {
        return screener().screen(listing).brandIds();
    }

    /** Rebuilt off this thread, once for every change committed within the debounce. */
    void onBrandChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BrandChanged changed) {
        brandChanges.incrementAndGet();
        if (rebuildScheduled.compareAndSet(false, true)) {
            rebuilder.schedule(this::rebuildAfterChanges, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void rebuildAfterChanges() {
        rebuildScheduled.set(false); // a change from now on schedules the next rebuild
        long covered = brandChanges.get();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            brandsVersion = ""; // rebuild even if the change left count and timestamps as they were
            refresh();
        } catch (RuntimeException e) {
            LOG.error("rebuilding the screening index failed; the next change or refresh tries again", e);
        } finally {
            requestContext.terminate();
            synchronized (rebuilt) {
                indexedChanges = Math.max(indexedChanges, covered);
                rebuilt.notifyAll();
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stopRebuilding() {
        rebuilder.shutdownNow();
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
