package dev.ccp.listing.review.domain;

import java.time.Duration;

/**
 * How the review queue orders its items: {@code priority = scoreWeight × risk score + trustedFlaggerWeight ×
 * trusted flaggers that reported the listing + ageingPerHour × hours waiting}, highest first, then the longest
 * waiting. Every item ages at the same rate, so ageing never reorders two items that both wait; it lets an old
 * low-risk item overtake newer high-risk ones (with the defaults a score-0 item waits at most 50 hours for one that
 * arrives with score 100), so nothing starves. The queue's SQL computes the same formula.
 *
 * @param highFrom   priority from which an item counts in the {@code high} band of the depth gauge
 * @param mediumFrom and in the {@code medium} band; below it, {@code low}
 */
public record ReviewPriority(double scoreWeight, double trustedFlaggerWeight, double ageingPerHour, double highFrom,
        double mediumFrom) {

    public double of(int score, int trustedFlaggers, Duration waited) {
        return scoreWeight * score + trustedFlaggerWeight * trustedFlaggers
                + ageingPerHour * waited.toMillis() / 3_600_000.0;
    }

    public String band(double priority) {
        return priority >= highFrom ? "high" : priority >= mediumFrom ? "medium" : "low";
    }
}
