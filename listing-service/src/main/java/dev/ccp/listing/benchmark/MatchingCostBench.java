package dev.ccp.listing.benchmark;

import dev.ccp.listing.screening.domain.BrandProfile;
import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import dev.ccp.listing.screening.domain.CounterfeitMemory;
import dev.ccp.listing.screening.domain.ListingScreener;
import dev.ccp.listing.screening.domain.ListingText;
import dev.ccp.listing.screening.domain.ScreeningRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How the cost of screening one listing grows with the number of brands: 100, 1,000 and 10,000 synthetic brands
 * of 20 protected words and 3 products each, the same 20,000 listings screened in-process against each. Run by
 * {@code bin/ccp bench listings}; prints microseconds per listing and the index's build time and heap.
 */
public final class MatchingCostBench {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ru", "ze", "ta", "vo", "ni", "pe", "sha", "dor",
            "vel", "quin", "bra", "tex", "mon", "zul", "fir", "gal", "nox", "ori", "pax", "ryn", "sol", "tiv", "umb"};
    private static final String[] GOODS = {"cotton", "shirt", "leather", "wallet", "steel", "watch", "ceramic", "mug",
            "wooden", "toy", "running", "shoes", "phone", "case", "garden", "hose", "wool", "scarf", "desk", "lamp"};

    private MatchingCostBench() {
    }

    public static void main(String[] args) {
        int listings = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<BrandProfile> all = brands(10_000);
        List<ListingText> sample = listings(all, listings);
        System.out.printf("%8s %12s %12s %14s%n", "brands", "index build", "index heap", "per listing");
        for (int count : new int[] {100, 1_000, 10_000}) {
            List<BrandProfile> brands = all.subList(0, count);
            System.gc();
            long heapBefore = usedHeap();
            long t0 = System.nanoTime();
            ListingScreener screener = new ListingScreener(brands, ScreeningRules.defaults());
            double buildMs = (System.nanoTime() - t0) / 1e6;
            System.gc();
            long heap = usedHeap() - heapBefore;
            for (int round = 0; round < 3; round++) { // warm-up: let the JIT compile the matcher
                sample.forEach(screener::screen);
            }
            long t1 = System.nanoTime();
            int flagged = 0;
            for (ListingText listing : sample) {
                flagged += screener.screen(listing).score() > 0 ? 1 : 0;
            }
            double perListingMicros = (System.nanoTime() - t1) / 1e3 / sample.size();
            System.out.printf("%,8d %9.0f ms %9.1f MiB %11.1f µs   (%d of %d listings with a signal)%n", count,
                    buildMs, heap / 1048576.0, perListingMicros, flagged, sample.size());
            if (screener.hashCode() == 42) {
                System.out.print(""); // keep the screener reachable until measured
            }
        }
        relistingCost(sample);
    }

    /** Relisting detection: one listing's two images looked up among N confirmed counterfeits of three images. */
    private static void relistingCost(List<ListingText> sample) {
        System.out.printf("%n%14s %14s %16s%n", "counterfeits", "memory build", "per listing");
        Random random = new Random(3);
        CounterfeitMemory memory = new CounterfeitMemory();
        int remembered = 0;
        for (int target : new int[] {10_000, 100_000, 300_000}) {
            long t0 = System.nanoTime();
            for (; remembered < target; remembered++) {
                memory.remember(new ConfirmedCounterfeit("c-" + remembered, "s-" + remembered % 1000, Set.of("b"),
                        List.of("bag"), List.of(random.nextLong(), random.nextLong(), random.nextLong())));
            }
            double buildMs = (System.nanoTime() - t0) / 1e6;
            int found = 0;
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up
                found = 0;
                t0 = System.nanoTime();
                for (ListingText listing : sample) {
                    found += memory.near(null, listing.imageHashes(), List.of(), 6).size();
                }
            }
            System.out.printf("%,14d %11.0f ms %13.1f µs   (%d near)%n", target, buildMs,
                    (System.nanoTime() - t0) / 1e3 / sample.size(), found);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<BrandProfile> brands(int count) {
        Random random = new Random(1);
        List<BrandProfile> brands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = word(random, 3) + i;
            List<String> words = new ArrayList<>(List.of(name, name + " " + word(random, 2), word(random, 3)));
            while (words.size() < 20) {
                words.add(word(random, 2 + random.nextInt(2)));
            }
            List<BrandProfile.Product> products = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                products.add(new BrandProfile.Product(name + p, words.get(3 + p) + " " + GOODS[p], "handbags",
                        List.of(word(random, 2), word(random, 3), GOODS[random.nextInt(GOODS.length)]),
                        BigDecimal.valueOf(200 + random.nextInt(3000)), "EUR", List.of(random.nextLong())));
            }
            brands.add(new BrandProfile("b" + i, name, words, Set.of(), products));
        }
        return brands;
    }

    /** Mostly ordinary goods; one in eight names one of the first 100 brands (present at every size). */
    private static List<ListingText> listings(List<BrandProfile> brands, int count) {
        Random random = new Random(2);
        List<ListingText> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder title = new StringBuilder();
            if (random.nextInt(8) == 0) {
                title.append(brands.get(random.nextInt(100)).name()).append(' ');
            }
            for (int w = 0; w < 6; w++) {
                title.append(GOODS[random.nextInt(GOODS.length)]).append(' ');
            }
            StringBuilder description = new StringBuilder(title);
            for (int w = 0; w < 20; w++) {
                description.append(GOODS[random.nextInt(GOODS.length)]).append(' ');
            }
            out.add(new ListingText("seller-" + random.nextInt(200), title.toString().trim(), description.toString(),
                    "", "handbags", BigDecimal.valueOf(5 + random.nextInt(300)), "EUR", 1 + random.nextInt(50),
                    List.of(random.nextLong(), random.nextLong())));
        }
        return out;
    }

    private static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
