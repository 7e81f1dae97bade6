package dev.ccp.listing.screening.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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
    private final ImageIndex<ConfirmedCounterfeit> images = new ImageIndex<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public void remember(ConfirmedCounterfeit counterfeit) {
        lock.writeLock().lock();
        try {
            byListing.put(counterfeit.listingId(), counterfeit);
            counterfeit.images().forEach(image -> images.add(image, counterfeit));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The index keeps the images until the next rebuild; only what {@link #byListing} holds is ever answered. */
    public void forget(String listingId) {
        byListing.remove(listingId);
    }

    public int size() {
        return byListing.size();
    }

    /**
     * Confirmed counterfeits with at least one image within {@code maxDistance} bits of one of {@code listingImages},
     * other than the listing itself. Looked up in an index of all their images (see {@link ImageIndex}), so the cost
     * hardly grows with the number remembered.
     */
    public List<Match> near(String listingId, List<Long> listingImages, List<String> words, int maxDistance) {
        // per counterfeit, by listing id (a record's own hash would walk its words and images every time): for each
        // of the listing's images, the closest distance found (or MAX_VALUE)
        Map<String, Closest> closest = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            for (int i = 0; i < listingImages.size(); i++) {
                int imageIndex = i;
                images.near(listingImages.get(i), maxDistance, (counterfeit, distance) -> {
                    if (byListing.get(counterfeit.listingId()) != counterfeit
                            || counterfeit.listingId().equals(listingId)) {
                        return; // forgotten, or the listing itself
                    }
                    int[] best = closest.computeIfAbsent(counterfeit.listingId(),
                            id -> new Closest(counterfeit, filled(listingImages.size()))).distances();
                    best[imageIndex] = Math.min(best[imageIndex], distance);
                });
            }
        } finally {
            lock.readLock().unlock();
        }
        List<Match> matches = new ArrayList<>(closest.size());
        for (Closest found : closest.values()) {
            int[] best = found.distances();
            matches.add(new Match(found.counterfeit(), (int) Arrays.stream(best).filter(d -> d <= maxDistance).count(),
                    Arrays.stream(best).min().orElseThrow(), overlap(words, found.counterfeit().words())));
        }
        return matches;
    }

    private record Closest(ConfirmedCounterfeit counterfeit, int[] distances) {
    }

    private static int[] filled(int size) {
        int[] values = new int[size];
        Arrays.fill(values, Integer.MAX_VALUE);
        return values;
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
