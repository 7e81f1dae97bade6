package dev.ccp.listing.brand.domain;

/** How a brand's self-service removals fared: answered by the removals feature. */
public interface RemovalOutcomes {

    /**
     * @param removals   listings the brand removed itself within the window (since the privilege was last granted)
     * @param overturned of those, overturned by a granted appeal or an upheld counter-notice
     * @param window     the window, ISO-8601 ({@code P90D})
     */
    record Record(long removals, long overturned, int overturnedPercent, int suspendFromPercent, String window) {
    }

    Record of(Brand brand);
}
