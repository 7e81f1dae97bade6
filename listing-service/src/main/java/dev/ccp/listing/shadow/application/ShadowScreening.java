package dev.ccp.listing.shadow.application;

import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.listing.listings.application.ListingScreened;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.screening.domain.ListingScreener;
import dev.ccp.listing.screening.domain.ListingScreener.Screening;
import dev.ccp.listing.screening.domain.ScreeningRules;
import dev.ccp.listing.shadow.domain.ShadowDifference;
import dev.ccp.listing.shadow.infrastructure.ScreeningConfigurationRepository;
import dev.ccp.listing.shadow.infrastructure.ShadowDifferenceRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Scores every screening of a listing a second time with the staged configuration, off the request thread: the
 * request only puts what it screened on a bounded queue (a full queue drops the comparison and counts it in
 * {@code ccp.listing.shadow.dropped}, never slowing a submission), and one worker screens the queue in batches,
 * storing where the two configurations differ. Nothing here touches the listing.
 */
@ApplicationScoped
public class ShadowScreening {
    private static final Logger LOG = Logger.getLogger(ShadowScreening.class);
    private static final int QUEUE = 10_000;
    private static final int BATCH = 200;

    private record Queued(String configurationId, ListingScreened screened) {
    }

    private record Built(ListingScreener base, ScreeningRules rules, ListingScreener staged) {
    }

    private final ScreeningConfigurations configurations;
    private final ScreeningCatalog catalog;
    private final ShadowDifferenceRepository differences;
    private final ScreeningConfigurationRepository counts;
    private final Clock clock;
    private final Counter dropped;
    private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile Built built;
    private volatile Thread worker;

    ShadowScreening(ScreeningConfigurations configurations, ScreeningCatalog catalog,
            ShadowDifferenceRepository differences, ScreeningConfigurationRepository counts, Clock clock,
            MeterRegistry metrics) {
        this.configurations = configurations;
        this.catalog = catalog;
        this.differences = differences;
        this.counts = counts;
        this.clock = clock;
        this.dropped = metrics.counter("ccp.listing.shadow.dropped");
    }

    /** Only screenings that committed: a refused or rolled-back submission has nothing to compare. */
    void onScreened(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingScreened screened) {
        configurations.staged().ifPresent(staged -> {
            if (!queue.offer(new Queued(staged.id(), screened))) {
                dropped.increment();
            }
        });
    }

    void start(@Observes StartupEvent start) {
        worker = new Thread(this::work, "shadow-screening");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void work() {
        List<Queued> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Queued first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                compare(batch);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warnf(e, "shadow screening of %d listings failed; they are not compared", batch.size());
            } finally {
                batch.clear();
            }
        }
    }

    private void compare(List<Queued> batch) {
        var staged = configurations.staged().orElse(null);
        if (staged == null) {
            return; // discarded or promoted meanwhile
        }
        ListingScreener screener = screenerFor(staged.rules());
        List<ShadowDifference> found = new ArrayList<>();
        long screened = 0;
        for (Queued queued : batch) {
            if (!queued.configurationId().equals(staged.id())) {
                continue;
            }
            screened++;
            ListingScreened active = queued.screened();
            Screening tried = screener.screen(active.listingId(), active.text(), active.evidence());
            if (tried.outcome() != active.screening().outcome() || tried.score() != active.screening().score()) {
                found.add(difference(staged.id(), active, tried));
            }
        }
        long counted = screened;
        QuarkusTransaction.requiringNew().run(() -> {
            found.forEach(differences::persist);
            counts.countScreened(staged.id(), counted, found.size());
        });
    }

    /** The staged rules over the catalog's current brands and counterfeits, rebuilt when either changes. */
    private ListingScreener screenerFor(ScreeningRules rules) {
        ListingScreener base = catalog.screener();
        Built current = built;
        if (current == null || current.base() != base || !current.rules().equals(rules)) {
            current = new Built(base, rules, catalog.screenerWith(rules));
            built = current;
        }
        return current.staged();
    }

    private ShadowDifference difference(String configurationId, ListingScreened active, Screening staged) {
        ShadowDifference difference = new ShadowDifference();
        difference.configurationId = configurationId;
        difference.listingId = active.listingId();
        difference.cause = active.cause().name();
        difference.activeOutcome = active.screening().outcome().name();
        difference.activeScore = active.screening().score();
        difference.activeSignals = signals(active.screening());
        difference.stagedOutcome = staged.outcome().name();
        difference.stagedScore = staged.score();
        difference.stagedSignals = signals(staged);
        difference.screenedAt = clock.instant();
        return difference;
    }

    static List<ScreeningSignal> signals(Screening screening) {
        return screening.signals().stream().map(s -> new ScreeningSignal(s.code(), s.weight(), s.detail())).toList();
    }
}
