package dev.ccp.listing.screening.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The images of confirmed counterfeits, to recognise the same goods listed again under new words or by a new
 * account. Perceptual hashes of one photo stay within a few bits of each other however it is re-encoded, so a
 * relisting is found by Hamming distance. Thread-safe: confirmations arrive while listings are screened.
 */
public final class CounterfeitMemory {

    /** A confirmed counterfeit near a listing: how many of the listing's images are near one of its images. */
    public record Match(ConfirmedCounterfeit counterfeit, int imagesNear, int closestDistance, double sharedWords) {
    }

    private final Map<String, ConfirmedCounterfeit> byListing = new ConcurrentHashMap<>();

    public void remember(ConfirmedCounterfeit counterfeit) {
        byListing.put(counterfeit.listingId(), counterfeit);
    }

    public void forget(String listingId) {
        byListing.remove(listingId);
    }

    public int size() {
        return byListing.size();
    }

    /**
     * Confirmed counterfeits with at least one image within {@code maxDistance} bits of one of {@code images},
     * other than the listing itself. A linear scan of 64-bit words: ~1 ns per stored image.
     */
    public List<Match> near(String listingId, List<Long> images, List<String> words, int maxDistance) {
        List<Match> matches = new ArrayList<>();
        if (images.isEmpty()) {
            return matches;
        }
        for (ConfirmedCounterfeit counterfeit : byListing.values()) {
            if (counterfeit.listingId().equals(listingId)) {
                continue;
            }
            int near = 0;
            int closest = Integer.MAX_VALUE;
            for (long image : images) {
                int best = Integer.MAX_VALUE;
                for (long known : counterfeit.images()) {
                    best = Math.min(best, Long.bitCount(image ^ known));
                }
                if (best <= maxDistance) {
                    near++;
                }
                closest = Math.min(closest, best);
            }
            if (near > 0) {
                matches.add(new Match(counterfeit, near, closest, overlap(words, counterfeit.words())));
            }
        }
        return matches;
    }

    /** Share of the shorter text's distinct words that the other also uses. */
    static double overlap(List<String> a, List<String> b) {
        Set<String> left = new HashSet<>(a);
        Set<String> right = new HashSet<>(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> smaller = left.size() <= right.size() ? left : right;
        Set<String> larger = smaller == left ? right : left;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }
}
