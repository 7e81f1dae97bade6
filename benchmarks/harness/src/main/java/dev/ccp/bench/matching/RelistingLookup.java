package dev.ccp.bench.matching;

import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import dev.ccp.listing.screening.domain.CounterfeitMemory;
import dev.ccp.listing.screening.domain.ListingText;
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

/**
 * Relisting detection: a listing's two images looked up among {@code counterfeits} confirmed counterfeits of three
 * images each, through the screener's index, and by comparing with every stored image (what the index saves).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RelistingLookup {
    @Param({"10000", "100000", "300000"})
    public int counterfeits;

    private final CounterfeitMemory memory = new CounterfeitMemory();
    private long[][] storedImages;
    private List<ListingText> listings;
    private int next;

    @Setup(Level.Trial)
    public void remember() {
        List<ConfirmedCounterfeit> confirmed = SyntheticCatalogue.counterfeits(0, counterfeits);
        confirmed.forEach(memory::remember);
        storedImages = confirmed.stream()
                .map(c -> c.images().stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new);
        listings = SyntheticCatalogue.listings();
    }

    @Benchmark
    public int index() {
        return memory.near(null, nextListing().imageHashes(), List.of(), SyntheticCatalogue.MAX_IMAGE_DISTANCE)
                .size();
    }

    /** Counts the counterfeits with an image within the radius of one of the listing's. */
    @Benchmark
    public int scan() {
        List<Long> images = nextListing().imageHashes();
        int near = 0;
        for (long[] stored : storedImages) {
            if (anyNear(stored, images)) {
                near++;
            }
        }
        return near;
    }

    private static boolean anyNear(long[] stored, List<Long> images) {
        for (long image : images) {
            for (long s : stored) {
                if (Long.bitCount(image ^ s) <= SyntheticCatalogue.MAX_IMAGE_DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    private ListingText nextListing() {
        ListingText listing = listings.get(next);
        next = next + 1 == listings.size() ? 0 : next + 1;
        return listing;
    }
}
