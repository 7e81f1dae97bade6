package dev.ccp.bench.matching;

import dev.ccp.listing.screening.domain.BrandProfile;
import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import dev.ccp.listing.screening.domain.CounterfeitMemory;
import dev.ccp.listing.screening.domain.ListingScreener;
import dev.ccp.listing.screening.domain.ListingText;
import dev.ccp.listing.screening.domain.ScreeningRules;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How the cost of screening one listing grows with the number of brands (100, 1,000, 10,000), and what a
 * relisting look-up costs among up to 300,000 confirmed counterfeits, through the index and by a full scan. The
 * per-listing times come from JMH, one forked JVM per figure; the index's build time and heap, and how many
 * listings matched, are measured here once. Run by {@code bin/ccp bench listings}; about two minutes.
 */
public final class MatchingCostReport {
    private static final int[] BRANDS = {100, 1_000, 10_000};
    private static final int[] COUNTERFEITS = {10_000, 100_000, 300_000};
    // Modest on purpose (about two minutes for all nine figures): on a shared machine the spread between
    // iterations, printed with each figure, says more than longer runs would.
    private static final int WARMUP_ITERATIONS = 3;
    private static final int MEASURED_ITERATIONS = 5;

    private MatchingCostReport() {
    }

    public static void run() throws RunnerException {
        System.out.printf("JMH, per figure: 1 forked JVM, %d warm-up and %d measured iterations of 1 s%n",
                WARMUP_ITERATIONS, MEASURED_ITERATIONS);
        List<ListingText> listings = SyntheticCatalogue.listings();
        double[] perListing = new double[BRANDS.length];
        System.out.printf("%8s %12s %12s %14s%n", "brands", "index build", "index heap", "per listing");
        for (int i = 0; i < BRANDS.length; i++) {
            List<BrandProfile> brands = SyntheticCatalogue.brands(BRANDS[i]);
            System.gc();
            long heapBefore = usedHeap();
            long t0 = System.nanoTime();
            ListingScreener screener = new ListingScreener(brands, ScreeningRules.defaults());
            double buildMs = (System.nanoTime() - t0) / 1e6;
            System.gc();
            long heap = usedHeap() - heapBefore;
            long flagged = listings.stream().filter(l -> screener.screen(l).score() > 0).count();
            System.out.printf("%,8d %9.0f ms %9.1f MiB", BRANDS[i], buildMs, heap / 1048576.0);
            System.out.flush(); // the row so far, while JMH measures the rest
            Result<?> measured = measure(ScreeningCost.class, "screenOneListing", "brands", BRANDS[i]);
            perListing[i] = measured.getScore();
            System.out.printf(" %11.1f µs   (iterations %s; %d of %d listings with a signal)%n",
                    measured.getScore(), spread(measured), flagged, listings.size());
        }
        System.out.printf("%,d brands cost %.1f times as much per listing as %,d%n", BRANDS[BRANDS.length - 1],
                perListing[BRANDS.length - 1] / perListing[0], BRANDS[0]);

        System.out.printf("%n%14s %14s %20s %14s%n", "counterfeits", "memory build", "per listing: index", "scan");
        for (int size : COUNTERFEITS) {
            List<ConfirmedCounterfeit> confirmed = SyntheticCatalogue.counterfeits(0, size);
            CounterfeitMemory memory = new CounterfeitMemory();
            long t0 = System.nanoTime();
            confirmed.forEach(memory::remember);
            double buildMs = (System.nanoTime() - t0) / 1e6;
            int near = listings.stream().mapToInt(l -> memory.near(null, l.imageHashes(), List.of(),
                    SyntheticCatalogue.MAX_IMAGE_DISTANCE).size()).sum();
            System.out.printf("%,14d %11.0f ms", size, buildMs);
            System.out.flush();
            Result<?> index = measure(RelistingLookup.class, "index", "counterfeits", size);
            System.out.printf(" %17.1f µs", index.getScore());
            System.out.flush();
            Result<?> scan = measure(RelistingLookup.class, "scan", "counterfeits", size);
            System.out.printf(" %11.1f µs   (the index %.0f times faster; iterations %s and %s; %d near in %d "
                    + "listings)%n", scan.getScore(), scan.getScore() / index.getScore(), spread(index), spread(scan),
                    near, listings.size());
        }
    }

    private static Result<?> measure(Class<?> benchmark, String method, String param, int value)
            throws RunnerException {
        Options options = new OptionsBuilder()
                .include(Pattern.quote(benchmark.getName() + "." + method) + "$")
                .param(param, String.valueOf(value))
                .forks(1)
                .warmupIterations(WARMUP_ITERATIONS).warmupTime(TimeValue.seconds(1))
                .measurementIterations(MEASURED_ITERATIONS).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        return new Runner(options).runSingle().getPrimaryResult();
    }

    private static String spread(Result<?> result) {
        return String.format("%.1f to %.1f µs", result.getStatistics().getMin(), result.getStatistics().getMax());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
