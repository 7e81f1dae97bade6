package dev.ccp.listing.brand.domain;

/** How a brand's violation reports fared with moderators and counter-notices: answered by the reports feature. */
public interface ReportOutcomes {

    /**
     * @param decided         report items a moderator or a counter-notice decided
     * @param rejected        of those, found not infringing
     * @param oftenRejected   at or past the configured rejection rate, on enough decided items to tell
     */
    record Record(long decided, long rejected, int rejectedPercent, boolean oftenRejected) {
    }

    Record of(String brandId);
}
