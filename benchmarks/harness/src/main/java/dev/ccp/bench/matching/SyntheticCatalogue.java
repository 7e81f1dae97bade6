package dev.ccp.bench.matching;

import dev.ccp.listing.screening.domain.BrandProfile;
import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import dev.ccp.listing.screening.domain.ListingText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The matching benchmarks' data, the same on every run and in every JMH fork: brands of 20 protected words and 3
 * products each (the first {@code n} of any larger set are the set of {@code n}), listings of ordinary goods of which
 * one in eight names one of the first 100 brands, and confirmed counterfeits of three random images.
 */
final class SyntheticCatalogue {
    static final int LISTINGS = 20_000;
    /** The relisting look-up's radius, as the screener asks it. */
    static final int MAX_IMAGE_DISTANCE = 6;

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ru", "ze", "ta", "vo", "ni", "pe", "sha", "dor",
            "vel", "quin", "bra", "tex", "mon", "zul", "fir", "gal", "nox", "ori", "pax", "ryn", "sol", "tiv", "umb"};
    private static final String[] GOODS = {"cotton", "shirt", "leather", "wallet", "steel", "watch", "ceramic", "mug",
            "wooden", "toy", "running", "shoes", "phone", "case", "garden", "hose", "wool", "scarf", "desk", "lamp"};

    private SyntheticCatalogue() {
    }

    static List<BrandProfile> brands(int count) {
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

    /** {@link #LISTINGS} listings; only the first 100 brands are named, so every brand count sees the same text. */
    static List<ListingText> listings() {
        List<BrandProfile> named = brands(100);
        Random random = new Random(2);
        List<ListingText> out = new ArrayList<>();
        for (int i = 0; i < LISTINGS; i++) {
            StringBuilder title = new StringBuilder();
            if (random.nextInt(8) == 0) {
                title.append(named.get(random.nextInt(named.size())).name()).append(' ');
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

    /** Counterfeits {@code from} (inclusive) to {@code to}, the same whichever range a caller starts from. */
    static List<ConfirmedCounterfeit> counterfeits(int from, int to) {
        List<ConfirmedCounterfeit> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Random random = new Random(3L * 1_000_003 + i);
            out.add(new ConfirmedCounterfeit("c-" + i, "s-" + i % 1000, Set.of("b"), List.of("bag"),
                    List.of(random.nextLong(), random.nextLong(), random.nextLong())));
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
