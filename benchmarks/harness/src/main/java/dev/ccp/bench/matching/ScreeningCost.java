package dev.ccp.bench.matching;

import dev.ccp.listing.screening.domain.ListingScreener;
import dev.ccp.listing.screening.domain.ListingText;
import dev.ccp.listing.screening.domain.ScreeningRules;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Screening one listing against {@code brands} brands, in-process: no HTTP, no database. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreeningCost {
    @Param({"100", "1000", "10000"})
    public int brands;

    private ListingScreener screener;
    private List<ListingText> listings;
    private int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        screener = new ListingScreener(SyntheticCatalogue.brands(brands), ScreeningRules.defaults());
        listings = SyntheticCatalogue.listings();
    }

    /** Cycles through the listings, so the measured mix is the sample's (one in eight names a brand). */
    @Benchmark
    public ListingScreener.Screening screenOneListing() {
        ListingText listing = listings.get(next);
        next = next + 1 == listings.size() ? 0 : next + 1;
        return screener.screen(listing);
    }
}
